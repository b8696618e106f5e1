import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { periksaWorkbook } from '../core/engine';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { cliMessages as msg } from '../core/messages/cli';
import { readSnapshot } from '../xlsx/read-snapshot';
import { XlsxReadError } from '../xlsx/read-error';
import type { CliIO } from './io';
import { renderReport, toContractJson } from './report';

/** Exit codes of the CLI (DESIGN.md §9). */
export const EXIT = { ok: 0, galat: 1, unreadable: 2, internal: 3 } as const;

/** A usage or file problem that ends the command with exit code 2 and one message on stderr. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/**
 * `sakip periksa FILE.xlsx [--json]`: reads the workbook, recognises and checks it, prints the result
 * (the DESIGN.md §9 JSON with `--json`, else the readable Indonesian report of report.ts). Resolves to 0 without galat, 1 with galat,
 * 2 when the file cannot be read or the arguments are wrong (one message on stderr, nothing on stdout).
 * Example: `await runPeriksa(['lkjip.xlsx', '--json'], processIO)` → 1 for the seed's report.
 */
export async function runPeriksa(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
  if (parsed.positionals.length !== 1) {
    io.stderr(`${msg.perluSatuBerkas()}\n`);
    return EXIT.unreadable;
  }
  const file = parsed.positionals[0];
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
