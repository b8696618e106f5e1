import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { periksaWorkbook, type PeriksaResult } from '../core/engine';
import { DEFAULT_SETTINGS } from '../core/settings';
import { rangeAddress, type WorkbookSnapshot } from '../core/snapshot';
import type { RecognisedTable } from '../core/model/workbook-model';
import { cliMessages as msg } from '../core/messages/cli';
import { loadXlsx, XlsxReadError, type LoadedWorkbook } from '../xlsx/read-workbook';
import type { CliIO } from './io';

/** Exit codes of the CLI (DESIGN.md §9). */
export const EXIT = { ok: 0, galat: 1, unreadable: 2, internal: 3 } as const;

/** A usage or file problem that ends the command with exit code 2 and one message on stderr. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** The JSON printed by `sakip periksa --json` (DESIGN.md §9). */
export interface PeriksaJson {
  file: string;
  tables: Array<{ sheet: string; range: string; kind: RecognisedTable['kind']; rows: number }>;
  findings: Array<{
    rule: string;
    severity: string;
    sheet: string;
    cell: string;
    message: string;
    expected: string | null;
    actual: string | null;
  }>;
  summary: { galat: number; peringatan: number; info: number };
}

/**
 * `sakip periksa FILE.xlsx [--json]`: reads the workbook, recognises and checks it, prints the result
 * (JSON with `--json`, else a plain Indonesian summary). Resolves to 0 without galat, 1 with galat,
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
    // Keep only the snapshot: the ExcelJS model of a large workbook is freed before recognition.
    snapshot = (await readWorkbookFile(file, io)).snapshot;
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.stderr(`${e.message}\n`);
      return EXIT.unreadable;
    }
    throw e;
  }
  const result = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
  if (parsed.values.json) io.stdout(`${JSON.stringify(periksaJson(file, result), null, 2)}\n`);
  else io.stdout(plainSummary(file, result));
  return result.summary.galat > 0 ? EXIT.galat : EXIT.ok;
}

/**
 * Reads and loads an .xlsx file for a command, turning every way it can fail (known non-xlsx
 * extension, missing file, folder, no permission, not a workbook) into a CliUsageError with the
 * Indonesian message. Shared by periksa and susun.
 */
export async function readWorkbookFile(file: string, io: CliIO): Promise<LoadedWorkbook> {
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
    return await loadXlsx(data, basename(file));
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliUsageError(msg.berkasTidakTerbaca(file, e.message));
    throw e;
  }
}

function rowCount(t: RecognisedTable): number {
  switch (t.kind) {
    case 'anggaran':
      return t.nodes.length;
    case 'kinerja':
      return t.rows.length;
    case 'skm':
      return t.form === 'responden' ? t.answers.length : 1;
  }
}

/** The recognised tables in workbook order (sheet, then row). */
function tablesInOrder(result: PeriksaResult): RecognisedTable[] {
  const { model } = result;
  const order = model.sheetOrder ?? [];
  const rank = (sheet: string): number => {
    const i = order.indexOf(sheet);
    return i < 0 ? order.length : i;
  };
  return [...model.budgets, ...model.indicators, ...model.surveys].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || a.range.top - b.range.top || a.range.left - b.range.left,
  );
}

/** The `--json` object of DESIGN.md §9 for a checked workbook. Example: `{ file: 'a.xlsx', tables: [...], … }`. */
export function periksaJson(file: string, result: PeriksaResult): PeriksaJson {
  return {
    file,
    tables: tablesInOrder(result).map((t) => ({
      sheet: t.sheet,
      range: rangeAddress(t.range),
      kind: t.kind,
      rows: rowCount(t),
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    })),
    summary: { galat: result.summary.galat, peringatan: result.summary.peringatan, info: result.summary.info },
  };
}

function plainSummary(file: string, result: PeriksaResult): string {
  const r = msg.ringkasan;
  const lines = [r.berkas(file)];
  const tables = tablesInOrder(result);
  lines.push(r.tabel(tables.length));
  for (const t of tables) lines.push(r.satuTabel(t.sheet, rangeAddress(t.range), msg.jenisTabel[t.kind], rowCount(t)));
  const s = result.summary;
  lines.push(r.temuan(s.galat, s.peringatan, s.info));
  for (const f of result.findings) {
    lines.push(r.satuTemuan(f.severity, f.rule, f.sheet, f.cell, f.message));
    if (f.expected !== undefined && f.actual !== undefined) lines.push(r.harapan(f.expected, f.actual));
  }
  return `${lines.join('\n')}\n`;
}
