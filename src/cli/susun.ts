import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/snapshot';
import { periksaWorkbook, susunWorkbook } from '../core/engine';
import type { TableId } from '../core/plan/sheet-plan';
import { SUSUN_TABLES } from '../core/plan/plan-sheets';
import { DEFAULT_SETTINGS, type MetodeEfisiensi, type Settings } from '../core/settings';
import { SUSUN_CLI } from '../core/messages/susun';
import { KEANDALAN } from '../core/messages/keandalan';
import { GRAFIK_BERKAS } from '../core/messages/analisis';
import { chartPictures } from '../core/plan/chart-svg';
import { saveXlsx, writePlans } from '../xlsx/write-plans';
import { loadXlsx, type LoadedWorkbook } from '../xlsx/read-workbook';
import type { CliIO } from './io';
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
  let loaded: LoadedWorkbook | undefined;
  try {
    loaded = await readWorkbookFile(parsed.input, io, loadXlsx);
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.stderr(`${e.message}\n`);
    return 2;
  }
  const workbook = loaded.workbook;
  const done = addGeneratedSheets(workbook, loaded.snapshot, parsed.settings, parsed.tables);
  // Dropped before saving: only the workbook is needed from here on (see addGeneratedSheets).
  loaded = undefined;
  const { report, summary, skipped, notes } = done;
  const pictures = done.charts.map((p) => ({ ...p, file: picturePath(parsed.output, p.suffix) }));
  if (!parsed.overwrite) {
    for (const p of pictures) {
      if (await outputExists(p.file, io)) {
        io.stderr(`${KEANDALAN.keluaranSudahAda(p.file)}\n`);
        return 2;
      }
    }
  }
  try {
    await io.writeFile(parsed.output, await saveXlsx(workbook));
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
 * Checks the snapshot and writes the planned sheets into the workbook, returning only what is reported
 * afterwards: the snapshot, model and plans of a 100 000-line budget take gigabytes, and nothing must
 * hold them while the workbook is saved.
 */
function addGeneratedSheets(
  workbook: ExcelJS.Workbook,
  snapshot: WorkbookSnapshot,
  settings: Settings,
  tables: TableId[] | undefined,
) {
  const periksa = periksaWorkbook(snapshot, settings);
  const susun = susunWorkbook(periksa, settings, tables);
  return {
    report: writePlans(workbook, susun.plans),
    // The .xlsx writer cannot hold charts: each is drawn as an SVG beside the output instead.
    charts: chartPictures(susun.plans),
    summary: periksa.summary,
    skipped: susun.skipped,
    notes: [...new Set(susun.plans.flatMap((p) => p.notes))],
  };
}

/** `hasil.xlsx` + `grafik-1.svg` → `hasil-grafik-1.svg`, beside the output. */
function picturePath(output: string, suffix: string): string {
  return `${output.replace(/\.xlsx$/i, '')}-${suffix}`;
}

/** Whether something is at `file` (a folder or an unreadable file counts: never write over it blindly). */
async function outputExists(file: string, io: CliIO): Promise<boolean> {
  try {
    // A test double may resolve to nothing for a missing file; only bytes mean a file is there.
    return (await io.readFile(file)) !== undefined;
  } catch (e) {
    return (e as { code?: string }).code !== 'ENOENT';
  }
}
