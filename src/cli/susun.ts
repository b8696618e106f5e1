import * as path from 'node:path';
import type { WorkbookSnapshot } from '../core/snapshot';
import { periksaWorkbook, susunWorkbook } from '../core/engine';
import type { TableId } from '../core/plan/sheet-plan';
import { SUSUN_TABLES } from '../core/plan/plan-sheets';
import { DEFAULT_SETTINGS, type MetodeEfisiensi, type Settings } from '../core/settings';
import { SUSUN_CLI } from '../core/messages/susun';
import { cliMessages } from '../core/messages/cli';
import { KEANDALAN } from '../core/messages/keandalan';
import { GRAFIK_BERKAS } from '../core/messages/analisis';
import { chartPictures } from '../core/plan/chart-svg';
import type { SheetPlan } from '../core/plan/sheet-plan';
import type { WriteReport } from '../xlsx/write-plans';
import { readSnapshot } from '../xlsx/read-snapshot';
import { XlsxReadError } from '../xlsx/read-error';
import { writePlansToPackage } from '../xlsx/write-package';
import { outputExists, type CliIO } from './io';
import { CliUsageError, readWorkbookFile } from './periksa';

/** Parsed `sakip susun` arguments, or the usage error. */
export type SusunArgs =
  | { ok: true; input: string; output: string; tables?: TableId[]; settings: Settings; overwrite: boolean }
  | { ok: false; message: string };

const METODE: readonly MetodeEfisiensi[] = ['selisih', 'indeks', 'sisa'];

/**
 * Parses `FILE.xlsx -o OUT.xlsx [--timpa] [--tabel 3.8,3.9] [--efisiensi selisih|indeks|sisa]` (also
 * `--output`, `--tabel=…`, `--efisiensi=…`); `--timpa` allows replacing an existing OUT. Example: `parseSusunArgs(['a.xlsx', '-o', 'b.xlsx']).ok` → true.
 */
export function parseSusunArgs(args: string[]): SusunArgs {
  let input: string | undefined;
  let output: string | undefined;
  let tables: TableId[] | undefined;
  let overwrite = false;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] =
      args[i].startsWith('--') && args[i].includes('=') ? args[i].split(/=(.*)/s) : [args[i], undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--timpa') {
      overwrite = true;
    } else if (flag === '-o' || flag === '--output') {
      output = value();
      if (output === undefined) return { ok: false, message: SUSUN_CLI.nilaiKurang(flag) };
    } else if (flag === '--tabel') {
      const v = value();
      if (v === undefined) return { ok: false, message: SUSUN_CLI.nilaiKurang(flag) };
      tables = [];
      for (const t of v
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)) {
        if (!SUSUN_TABLES.includes(t as TableId))
          return { ok: false, message: SUSUN_CLI.tabelTakDikenal(t, SUSUN_TABLES) };
        tables.push(t as TableId);
      }
    } else if (flag === '--efisiensi') {
      const v = value();
      if (v === undefined) return { ok: false, message: SUSUN_CLI.nilaiKurang(flag) };
      if (!METODE.includes(v as MetodeEfisiensi))
        return { ok: false, message: SUSUN_CLI.metodeTakDikenal(v) };
      settings.efisiensi = v as MetodeEfisiensi;
    } else if (flag.startsWith('-') && flag !== '-') {
      return { ok: false, message: SUSUN_CLI.opsiTakDikenal(flag) };
    } else if (input === undefined) {
      input = flag;
    } else {
      return { ok: false, message: SUSUN_CLI.opsiTakDikenal(flag) };
    }
  }
  if (input === undefined) return { ok: false, message: SUSUN_CLI.tanpaBerkas };
  if (output === undefined) return { ok: false, message: SUSUN_CLI.tanpaKeluaran };
  if (path.resolve(input) === path.resolve(output))
    return { ok: false, message: SUSUN_CLI.keluaranSamaDenganMasukan };
  if (path.extname(output).toLowerCase() !== '.xlsx')
    return { ok: false, message: KEANDALAN.keluaranBukanXlsx(output) };
  return { ok: true, input, output, ...(tables ? { tables } : {}), settings, overwrite };
}

/**
 * `sakip susun FILE.xlsx -o OUT.xlsx [--tabel …] [--efisiensi …]`: checks the workbook, plans the Bab III
 * sheets and writes a copy with them to OUT (the source is never modified), then prints which sheets
 * were written, which were left out and why. An existing OUT is replaced only with `--timpa`.
 * Exit code 0, or 2 for bad usage, an unreadable file or an existing OUT without `--timpa`.
 */
export async function runSusun(args: string[], io: CliIO): Promise<number> {
  const parsed = parseSusunArgs(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n${SUSUN_CLI.pemakaian}\n`);
    return 2;
  }
  if (!parsed.overwrite && (await outputExists(parsed.output, io))) {
    io.stderr(`${KEANDALAN.keluaranSudahAda(parsed.output)}\n`);
    return 2;
  }
  let source: { bytes: Uint8Array; snapshot: WorkbookSnapshot } | undefined;
  try {
    source = await readWorkbookFile(parsed.input, io, async (bytes, name) => ({
      bytes,
      snapshot: await readSnapshot(bytes, name),
    }));
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.stderr(`${e.message}\n`);
    return 2;
  }
  const { bytes } = source;
  const done = planGeneratedSheets(source.snapshot, parsed.settings, parsed.tables);
  // Dropped before writing: only the plans are needed from here on (see planGeneratedSheets).
  source = undefined;
  const { summary, skipped, notes } = done;
  const pictures = done.charts.map((p) => ({ ...p, file: picturePath(parsed.output, p.suffix) }));
  if (!parsed.overwrite) {
    for (const p of pictures) {
      if (await outputExists(p.file, io)) {
        io.stderr(`${KEANDALAN.keluaranSudahAda(p.file)}\n`);
        return 2;
      }
    }
  }
  let written: { bytes: Uint8Array; report: WriteReport };
  try {
    written = await writeSheets(bytes, done.plans);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    // Only the ExcelJS way (for a package the editor leaves alone) reads the whole file again.
    io.stderr(`${cliMessages.berkasTidakTerbaca(parsed.input, e.message)}\n`);
    return 2;
  }
  const { report } = written;
  try {
    await io.writeFile(parsed.output, written.bytes);
    for (const p of pictures) await io.writeFile(p.file, new TextEncoder().encode(p.svg));
  } catch (e) {
    io.stderr(`${SUSUN_CLI.gagalTulis(parsed.output, e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
  const lines: string[] = [];
  if (report.sheets.length === 0) lines.push(SUSUN_CLI.tidakAdaLembar);
  else {
    lines.push(SUSUN_CLI.ditulis(parsed.output));
    for (const s of report.sheets) lines.push(SUSUN_CLI.lembar(s.sheet, s.replaced, s.wantedName));
    if (pictures.length > 0)
      lines.push(
        `  - ${GRAFIK_BERKAS.tidakDidukung(
          pictures.length,
          pictures.map((p) => p.file),
        )}`,
      );
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
  return 0;
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
    // The .xlsx file gets no charts: each is drawn as an SVG beside the output instead.
    charts: chartPictures(susun.plans),
    summary: periksa.summary,
    skipped: susun.skipped,
    notes: [...new Set(susun.plans.flatMap((p) => p.notes))],
  };
}

/**
 * The source workbook with the planned sheets: its package edited and the user's parts copied through
 * (write-package.ts), or — for a package that writer does not edit — loaded into ExcelJS and saved
 * again, ExcelJS being loaded only then.
 */
async function writeSheets(
  bytes: Uint8Array,
  plans: SheetPlan[],
): Promise<{ bytes: Uint8Array; report: WriteReport }> {
  const edited = await writePlansToPackage(bytes, plans);
  if (edited !== undefined) return edited;
  const { loadXlsx } = await import('../xlsx/read-workbook');
  const { saveXlsx, writePlans } = await import('../xlsx/write-plans');
  const { workbook } = await loadXlsx(bytes);
  const report = writePlans(workbook, plans);
  return { bytes: await saveXlsx(workbook), report };
}

/** `hasil.xlsx` + `grafik-1.svg` → `hasil-grafik-1.svg`, beside the output. */
function picturePath(output: string, suffix: string): string {
  return `${output.replace(/\.xlsx$/i, '')}-${suffix}`;
}
