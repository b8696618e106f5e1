import { periksaWorkbook } from '../core/engine';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { PESAN_CLI as msg } from '../core/messages/cli';
import { readSnapshot } from '../xlsx/read-snapshot';
import { CliUsageError, EXIT, parseCommandArgs, readWorkbookFile } from './command';
import type { CliIO } from './io';
import { renderReport, toContractJson } from './report';

/**
 * `sakip periksa FILE.xlsx [--json]`: reads the workbook, recognises and checks it, prints the result
 * (the DESIGN.md §9 JSON with `--json`, else the readable Indonesian report of report.ts). Resolves to 0 without galat, 1 with galat,
 * 2 when the file cannot be read or the arguments are wrong (one message on stderr, nothing on stdout).
 * Example: `await runPeriksa(['lkjip.xlsx', '--json'], processIO)` → 1 for the seed's report.
 */
export async function runPeriksa(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandArgs(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.stderr(`${e.message}\n`);
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
    // Only the snapshot: periksa never writes.
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
