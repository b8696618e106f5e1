import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { periksaWorkbook } from '../core/engine';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { cliMessages as msg } from '../core/messages/cli';
import { REKAP_CLI } from '../core/messages/rekap';
import { summariseUnit } from '../core/rekap/unit-summary';
import { readSnapshot } from '../xlsx/read-snapshot';
import { XlsxReadError } from '../xlsx/read-error';
import { isFolder } from './find-workbooks';
import type { CliIO } from './io';
import { renderReport, toContractJson } from './report';

/** Exit codes of the CLI (DESIGN.md §9). */
export const EXIT = { ok: 0, galat: 1, unreadable: 2, internal: 3 } as const;

/** A usage or file problem that ends the command with exit code 2 and one message on stderr. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/**
 * `sakip periksa FILE.xlsx [--json] [--rekap REKAP.xlsx]`: reads the workbook, recognises and checks it,
 * prints the result (the DESIGN.md §9 JSON with `--json`, else the readable Indonesian report of
 * report.ts) and, with `--rekap`, writes the rekap workbook of this one unit. Resolves to 0 without galat,
 * 1 with galat, 2 when the file cannot be read or the arguments are wrong (one message on stderr,
 * nothing on stdout). Several files or a folder go to `sakip periksa` over many files
 * (periksa-banyak.ts), which prints a rekap of them.
 * Example: `await runPeriksa(['lkjip.xlsx', '--json'], processIO)` → 1 for the seed's report.
 */
export async function runPeriksa(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        rekap: { type: 'string' },
        timpa: { type: 'boolean' },
        pekerja: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr(`${msg.argumenSalah(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.unreadable;
  }
  if (parsed.values.help) {
    io.stdout(`${msg.bantuanPeriksa()}\n`);
    return EXIT.ok;
  }
  const paths = parsed.positionals;
  if (paths.length === 0) {
    io.stderr(`${msg.perluBerkas()}\n`);
    return EXIT.unreadable;
  }
  const workers = parsed.values.pekerja === undefined ? undefined : Number(parsed.values.pekerja);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    io.stderr(`${REKAP_CLI.pekerjaSalah(parsed.values.pekerja as string)}\n`);
    return EXIT.unreadable;
  }
  const rekap = parsed.values.rekap;
  const overwrite = parsed.values.timpa === true;
  if (paths.length > 1 || (await isFolder(paths[0]))) {
    const { runPeriksaBanyak } = await import('./periksa-banyak');
    return runPeriksaBanyak(
      { paths, json: parsed.values.json === true, rekap, overwrite, workers, settings: DEFAULT_SETTINGS },
      io,
    );
  }
  const file = paths[0];
  // Loaded only for a rekap: the package writer is not needed to check one file.
  const output = rekap === undefined ? undefined : await import('./rekap-output');
  if (rekap !== undefined) {
    const refused = await output?.refusedRekapOutput(rekap, overwrite, io);
    if (refused !== undefined) {
      io.stderr(`${refused}\n`);
      return EXIT.unreadable;
    }
  }
  let snapshot: WorkbookSnapshot;
  try {
    // Only the snapshot: periksa never writes, so the ExcelJS model of the workbook is not built.
    snapshot = await readWorkbookFile(file, io, readSnapshot);
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.stderr(`${e.message}\n`);
      return EXIT.unreadable;
    }
    throw e;
  }
  const result = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
  if (parsed.values.json) io.stdout(`${JSON.stringify(toContractJson(file, result), null, 2)}\n`);
  else io.stdout(renderReport({ file, result }, { color: io.stdoutIsTerminal === true }));
  if (rekap !== undefined && output !== undefined) {
    const unit = summariseUnit(file, result, DEFAULT_SETTINGS);
    const failure = await output.writeRekap(
      rekap,
      { units: [unit], unreadable: [], skipped: [] },
      DEFAULT_SETTINGS,
      io,
    );
    if (failure !== undefined) {
      io.stderr(`${failure}\n`);
      return EXIT.unreadable;
    }
  }
  return result.summary.galat > 0 ? EXIT.galat : EXIT.ok;
}

/**
 * Reads an .xlsx file for a command with `load` (loadXlsx for susun, readSnapshot for periksa),
 * turning every way it can fail (known non-xlsx extension, missing file, folder, no permission, not a
 * workbook) into a CliUsageError with the Indonesian message.
 */
export async function readWorkbookFile<T>(
  file: string,
  io: CliIO,
  load: (data: Uint8Array, name: string) => Promise<T>,
): Promise<T> {
  const ext = extname(file).toLowerCase();
  const rejected = msg.jenisBerkas[ext];
  if (rejected !== undefined) throw new CliUsageError(msg.jenisBerkasDitolak(file, rejected));
  let data: Uint8Array;
  try {
    data = await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new CliUsageError(msg.berkasTidakAda(file));
    if (code === 'EISDIR') throw new CliUsageError(msg.bukanBerkas(file));
    if (code === 'EACCES' || code === 'EPERM') throw new CliUsageError(msg.tidakBolehDibaca(file));
    throw new CliUsageError(msg.gagalMembaca(file, e instanceof Error ? e.message : String(e)));
  }
  try {
    return await load(data, basename(file));
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliUsageError(msg.berkasTidakTerbaca(file, e.message));
    throw e;
  }
}
