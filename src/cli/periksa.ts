import { periksaWorkbook } from '../core/engine';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { PESAN_CLI as msg } from '../core/messages/cli';
import { REKAP_CLI } from '../core/messages/rekap';
import { summariseUnit } from '../core/rekap/unit-summary';
import { readSnapshot } from '../xlsx/read-snapshot';
import { CliUsageError, EXIT, parseCommandArgs, readWorkbookFile } from './command';
import { isFolder } from './find-workbooks';
import type { CliIO } from './io';
import { renderReport, toContractJson } from './report';

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
    parsed = parseCommandArgs(args, {
      json: { type: 'boolean' },
      rekap: { type: 'string' },
      timpa: { type: 'boolean' },
      pekerja: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.stderr(`${e.message}\n`);
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
    // Only the snapshot: periksa never writes into the workbook it checks.
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
