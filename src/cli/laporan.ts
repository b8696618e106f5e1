import * as path from 'node:path';
import { laporanWorkbook, periksaWorkbook } from '../core/engine';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { JUDUL_TABEL, SUSUN_CLI } from '../core/messages/susun';
import { LAPORAN_CLI } from '../core/messages/laporan';
import { readSnapshot } from '../xlsx/read-snapshot';
import { writeDocx } from '../docx/write-docx';
import { chartPng } from '../docx/chart-png';
import {
  CliUsageError,
  EXIT,
  metodeEfisiensi,
  parseCommandArgs,
  readWorkbookFile,
  startWritingCommand,
} from './command';
import type { CliIO } from './io';

/** Parsed `sakip laporan` arguments, or the usage error. */
export type LaporanArgs =
  | { ok: true; input: string; output: string; settings: Settings; overwrite: boolean }
  | { ok: false; message: string };

/**
 * Parses `FILE.xlsx -o BAB-III.docx [--timpa] [--efisiensi selisih|indeks|sisa]`.
 * Example: `parseLaporanArgs(['a.xlsx', '-o', 'b.docx']).ok` → true.
 */
function parseLaporanArgs(args: string[]): LaporanArgs {
  try {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      timpa: { type: 'boolean' },
      efisiensi: { type: 'string' },
    });
    const [input, ...extra] = positionals;
    if (input === undefined) throw new CliUsageError(LAPORAN_CLI.tanpaBerkas);
    if (extra.length > 0) throw new CliUsageError(SUSUN_CLI.satuBerkas(extra[0]));
    const output = values.output;
    if (output === undefined) throw new CliUsageError(LAPORAN_CLI.tanpaKeluaran);
    if (path.extname(output).toLowerCase() !== '.docx')
      throw new CliUsageError(LAPORAN_CLI.keluaranBukanDocx(output));
    const settings: Settings = { ...DEFAULT_SETTINGS };
    if (values.efisiensi !== undefined) settings.efisiensi = metodeEfisiensi(values.efisiensi);
    return { ok: true, input, output, settings, overwrite: values.timpa === true };
  } catch (e) {
    if (e instanceof CliUsageError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * `sakip laporan FILE.xlsx -o BAB-III.docx`: checks the workbook, plans every Bab III table as `susun`
 * does and writes the chapter as a Word document (tables, Ringkasan sentences, charts, placeholders),
 * then prints what it holds and what was left out. The source is never modified; an existing output
 * is replaced only with `--timpa`. Exit code 0, or 2 for bad usage, an unreadable file or an existing
 * output.
 */
export async function runLaporan(args: string[], io: CliIO): Promise<number> {
  const parsed = await startWritingCommand(args, io, LAPORAN_CLI.pemakaian, parseLaporanArgs);
  if (typeof parsed === 'number') return parsed;
  let snapshot;
  try {
    snapshot = await readWorkbookFile(parsed.input, io, readSnapshot);
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT.unreadable;
  }
  const result = laporanWorkbook(periksaWorkbook(snapshot, parsed.settings), parsed.settings);
  const bytes = await writeDocx(result.document, chartPng);
  try {
    await io.writeFile(parsed.output, bytes);
  } catch (e) {
    io.stderr(`${SUSUN_CLI.gagalTulis(parsed.output, e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.unreadable;
  }
  const lines = [LAPORAN_CLI.ditulis(parsed.output)];
  for (const t of result.tables) {
    const { nama, judul } = t.id === '3.1' ? { nama: t.caption[0], judul: t.caption[1] } : JUDUL_TABEL[t.id];
    lines.push(LAPORAN_CLI.tabel(nama, judul, orientationOf(result, t.id)));
  }
  const s = result.sentences;
  const kalimat = [s.jumlah, ...s.tingkat, s.anggaran, s.efisiensi].filter(Boolean).length;
  lines.push(
    LAPORAN_CLI.kalimat(kalimat),
    LAPORAN_CLI.grafik(result.charts.length),
    LAPORAN_CLI.isian(result.placeholders),
  );
  const skipped = result.skipped.filter((k) => k.table !== 'catatan');
  if (skipped.length > 0) {
    lines.push(LAPORAN_CLI.dilewati);
    for (const k of skipped) lines.push(`  - ${k.reason}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function orientationOf(result: ReturnType<typeof laporanWorkbook>, id: string): 'portrait' | 'landscape' {
  const section = result.document.sections.find((sec) =>
    sec.blocks.some((b) => b.kind === 'table' && b.table.id === id),
  );
  return section?.orientation ?? 'portrait';
}
