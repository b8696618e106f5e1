import * as path from 'node:path';
import type { WorkbookSnapshot } from '../core/snapshot';
import { periksaWorkbook, susunWorkbook } from '../core/engine';
import type { TableId } from '../core/plan/sheet-plan';
import { SUSUN_TABLES } from '../core/plan/plan-sheets';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { SUSUN_CLI } from '../core/messages/susun';
import { KEANDALAN } from '../core/messages/keandalan';
import { readSnapshot } from '../xlsx/read-snapshot';
import { workbookKind, writePlansToPackage } from '../xlsx/write-package';
import { XlsxWriteError } from '../xlsx/write-error';
import {
  CliUsageError,
  EXIT,
  metodeEfisiensi,
  parseCommandArgs,
  readWorkbookFile,
  startWritingCommand,
} from './command';
import type { CliIO } from './io';

/** Parsed `sakip susun` arguments, or the usage error. */
export type SusunArgs =
  | { ok: true; input: string; output: string; tables?: TableId[]; settings: Settings; overwrite: boolean }
  | { ok: false; message: string };

/**
 * Parses `FILE.xlsx -o OUT.xlsx [--timpa] [--tabel 3.8,3.9] [--efisiensi selisih|indeks|sisa]` (also
 * `--output`, `--tabel=…`, `--efisiensi=…`); `--timpa` allows replacing an existing OUT. OUT ends in
 * .xlsx, or .xlsm for a macro-enabled source (checked once the source is read).
 * Example: `parseSusunArgs(['a.xlsx', '-o', 'b.xlsx']).ok` → true.
 */
export function parseSusunArgs(args: string[]): SusunArgs {
  try {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      timpa: { type: 'boolean' },
      tabel: { type: 'string' },
      efisiensi: { type: 'string' },
    });
    const [input, ...extra] = positionals;
    if (input === undefined) throw new CliUsageError(SUSUN_CLI.tanpaBerkas);
    if (extra.length > 0) throw new CliUsageError(SUSUN_CLI.satuBerkas(extra[0]));
    const output = values.output;
    if (output === undefined) throw new CliUsageError(SUSUN_CLI.tanpaKeluaran);
    if (path.resolve(input) === path.resolve(output))
      throw new CliUsageError(SUSUN_CLI.keluaranSamaDenganMasukan);
    if (!['.xlsx', '.xlsm'].includes(path.extname(output).toLowerCase()))
      throw new CliUsageError(KEANDALAN.keluaranBukanXlsx(output));
    const settings: Settings = { ...DEFAULT_SETTINGS };
    if (values.efisiensi !== undefined) settings.efisiensi = metodeEfisiensi(values.efisiensi);
    const tables = values.tabel === undefined ? undefined : tableList(values.tabel);
    return {
      ok: true,
      input,
      output,
      ...(tables ? { tables } : {}),
      settings,
      overwrite: values.timpa === true,
    };
  } catch (e) {
    if (e instanceof CliUsageError) return { ok: false, message: e.message };
    throw e;
  }
}

/** `3.8, 3.9,catatan` → the tables, or a CliUsageError naming the first unknown one. */
function tableList(value: string): TableId[] {
  const tables: TableId[] = [];
  for (const t of value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (!SUSUN_TABLES.includes(t as TableId))
      throw new CliUsageError(SUSUN_CLI.tabelTakDikenal(t, SUSUN_TABLES));
    tables.push(t as TableId);
  }
  return tables;
}

/**
 * `sakip susun FILE.xlsx -o OUT.xlsx [--tabel …] [--efisiensi …]`: checks the workbook, plans the Bab III
 * sheets and writes a copy with them — their charts as native Excel charts — to OUT (the source is
 * never modified), then prints which sheets were written, which were left out and why. A macro-enabled
 * source (.xlsm) gives a macro-enabled copy, its macros byte for byte, which must be named .xlsm. An
 * existing OUT is replaced only with `--timpa`.
 * Exit code 0, or 2 for bad usage, an unreadable or uneditable file or an existing OUT without `--timpa`.
 */
export async function runSusun(args: string[], io: CliIO): Promise<number> {
  const parsed = await startWritingCommand(args, io, SUSUN_CLI.pemakaian, parseSusunArgs);
  if (typeof parsed === 'number') return parsed;
  let source: { bytes: Uint8Array; snapshot: WorkbookSnapshot } | undefined;
  try {
    source = await readWorkbookFile(parsed.input, io, async (bytes, name) => ({
      bytes,
      snapshot: await readSnapshot(bytes, name),
    }));
    const macro = (await workbookKind(source.bytes)) === 'xlsm';
    if (macro !== (path.extname(parsed.output).toLowerCase() === '.xlsm'))
      throw new CliUsageError(
        macro ? SUSUN_CLI.keluaranBermakro(parsed.output) : SUSUN_CLI.keluaranTanpaMakro(parsed.output),
      );
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.unreadable;
  }
  const { bytes } = source;
  const done = planGeneratedSheets(source.snapshot, parsed.settings, parsed.tables);
  // Dropped before writing: only the plans are needed from here on (see planGeneratedSheets).
  source = undefined;
  const { summary, skipped, notes } = done;
  let written;
  try {
    written = await writePlansToPackage(bytes, done.plans);
  } catch (e) {
    if (!(e instanceof XlsxWriteError)) throw e;
    io.stderr(`${SUSUN_CLI.tidakDapatDisusun(parsed.input, e.message)}\n`);
    return EXIT.unreadable;
  }
  const { report } = written;
  try {
    await io.writeFile(parsed.output, written.bytes);
  } catch (e) {
    io.stderr(`${SUSUN_CLI.gagalTulis(parsed.output, e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.unreadable;
  }
  const lines: string[] = [];
  if (report.sheets.length === 0) lines.push(SUSUN_CLI.tidakAdaLembar);
  else {
    lines.push(SUSUN_CLI.ditulis(parsed.output));
    for (const s of report.sheets) lines.push(SUSUN_CLI.lembar(s.sheet, s.replaced, s.wantedName));
    if (done.charts > 0) lines.push(SUSUN_CLI.grafik(done.charts));
  }
  if (skipped.length > 0) {
    lines.push(SUSUN_CLI.dilewati);
    for (const s of skipped) lines.push(`  - ${s.reason}`);
  }
  if (notes.length > 0) {
    lines.push(SUSUN_CLI.catatan);
    for (const n of notes) lines.push(`  - ${n}`);
  }
  const catatan = report.sheets.find((s) => s.table === 'catatan')?.sheet;
  lines.push(SUSUN_CLI.pemeriksaan(summary.galat, summary.peringatan, summary.info, catatan));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/**
 * Checks the snapshot and plans the sheets, returning only what is written and reported afterwards:
 * the snapshot and model of a 100 000-line budget take gigabytes, and nothing must hold them while the
 * workbook is written.
 */
function planGeneratedSheets(snapshot: WorkbookSnapshot, settings: Settings, tables: TableId[] | undefined) {
  const periksa = periksaWorkbook(snapshot, settings);
  const susun = susunWorkbook(periksa, settings, tables);
  return {
    plans: susun.plans,
    charts: susun.plans.reduce((n, p) => n + (p.charts?.length ?? 0), 0),
    summary: periksa.summary,
    skipped: susun.skipped,
    notes: [...new Set(susun.plans.flatMap((p) => p.notes))],
  };
}
