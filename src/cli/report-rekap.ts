import { formatPersen, formatRupiah } from '../core/numbers/format-number';
import { LAPORAN_PERIKSA } from '../core/messages/temuan';
import { BARIS_REKAP, REKAP_CLI } from '../core/messages/rekap';
import { findingsPerRule, ruleTotals, unitsByGalat, type Rekap } from '../core/rekap/rekap';
import type { UnitSummary } from '../core/rekap/unit-summary';
import { ANSI, type ContractJson } from './report';

/** One unit in the `rekap.units` of `sakip periksa … --json` over many files (DESIGN.md §9). */
export interface RekapUnitJson {
  file: string;
  unit: string;
  year: number | null;
  galat: number;
  peringatan: number;
  info: number;
  tables: number;
  rules: Record<string, number>;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  capaian: number | null;
  kategori: string | null;
}

/** The `rekap` object of the JSON over many files: each unit in the order checked, findings per rule. */
export interface RekapJson {
  units: RekapUnitJson[];
  rules: Record<string, number>;
}

/**
 * The JSON `rekap` of DESIGN.md §9 with the summary's other figures beside the contract's (tables,
 * findings per rule, serapan, capaian and kategori), null where a figure does not exist.
 * Example: `rekapJson([kalianget]).rules` → `{ 'ANG-01': 10, 'ANG-02': 30, … }`.
 */
export function rekapJson(units: readonly UnitSummary[]): RekapJson {
  return {
    units: units.map((u) => ({
      file: u.file,
      unit: u.unit,
      year: u.year ?? null,
      galat: u.galat,
      peringatan: u.peringatan,
      info: u.info,
      tables: u.tables,
      rules: findingsPerRule([u]),
      pagu: u.pagu ?? null,
      realisasi: u.realisasi ?? null,
      serapan: u.serapan ?? null,
      capaian: u.capaian ?? null,
      kategori: u.kategori ?? null,
    })),
    rules: findingsPerRule(units),
  };
}

/** One entry of the JSON's `files`: a checked file's §9 object, or the file and why it was not read. */
export type FileJson = ContractJson | { file: string; error: string };

/**
 * Writes `{"files": […], "skipped": […], "rekap": {…}}` as it goes — each file's object as soon as it is
 * known — in exactly the text `JSON.stringify(whole, null, 2)` gives, so memory never holds all files.
 * Example: `const out = new JsonStream(io.stdout); out.file(a); out.file(b); out.end(skipped, rekap);`.
 */
export class JsonStream {
  private files = 0;

  constructor(private readonly write: (text: string) => void) {
    write('{\n  "files": [');
  }

  /** One element of `files`. */
  file(entry: FileJson): void {
    this.write(`${this.files++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(entry, null, 2), '    ', true)}`);
  }

  /** Closes `files` and writes `skipped` and `rekap`. */
  end(skipped: Rekap['skipped'], rekap: RekapJson): void {
    this.write(
      `${this.files > 0 ? '\n  ]' : ']'},\n  "skipped": ${indent(JSON.stringify(skipped, null, 2), '  ', false)}` +
        `,\n  "rekap": ${indent(JSON.stringify(rekap, null, 2), '  ', false)}\n}\n`,
    );
  }
}

/** Every line of `text` after the first indented by `pad`, the first too when `first`. */
function indent(text: string, pad: string, first: boolean): string {
  return (first ? pad : '') + text.replace(/\n/g, `\n${pad}`);
}

/** Longest unit name shown in a line of the terminal report; longer names end in `…`. */
const UNIT_WIDTH = 40;

/**
 * The terminal report of `sakip periksa` over many files: one line per unit (most galat first) with its
 * year, findings, pagu, serapan, capaian and file; then the files not read and those skipped; the
 * findings per rule across all units; the totals. ANSI colours only when `options.color`.
 * Example: `renderRekapReport(rekap, { color: false })` → `'Rekap pemeriksaan: 3 berkas\n\n No  Unit kerja …'`.
 */
export function renderRekapReport(rekap: Rekap, options: { color: boolean }): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const k = REKAP_CLI.kolom;
  const total = rekap.units.length + rekap.unreadable.length + rekap.skipped.length;
  const lines: string[] = [paint(ANSI.bold, REKAP_CLI.judul(total)), ''];

  const rows = unitsByGalat(rekap.units).map((u, i) => [
    String(i + 1),
    u.unit.length > UNIT_WIDTH ? `${u.unit.slice(0, UNIT_WIDTH - 1)}…` : u.unit,
    u.year === undefined ? '-' : String(u.year),
    String(u.galat),
    String(u.peringatan),
    String(u.info),
    u.pagu === undefined ? '-' : formatRupiah(u.pagu),
    u.serapan === undefined ? '-' : formatPersen(u.serapan),
    u.capaian === undefined ? '-' : formatPersen(u.capaian),
    u.file,
  ]);
  if (rows.length > 0) {
    const head = [
      k.no,
      k.unit,
      k.tahun,
      k.galat,
      k.peringatan,
      k.info,
      k.pagu,
      k.serapan,
      k.capaian,
      k.berkas,
    ];
    // Text columns (unit, file) to the left, figures to the right.
    const left = new Set([1, 9]);
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (cells: string[], colour?: (c: number, text: string) => string) =>
      cells
        .map((text, c) => {
          const padded = left.has(c) ? text.padEnd(widths[c]) : text.padStart(widths[c]);
          return colour ? colour(c, padded) : padded;
        })
        .join('  ')
        .trimEnd();
    lines.push(paint(ANSI.bold, line(head)));
    for (const r of rows)
      lines.push(
        line(r, (c, text) =>
          c === 3 && r[3] !== '0'
            ? paint(ANSI.galat, text)
            : c === 4 && r[4] !== '0'
              ? paint(ANSI.peringatan, text)
              : text,
        ),
      );
    lines.push('');
  }
  if (rekap.unreadable.length > 0) {
    lines.push(paint(ANSI.bold, REKAP_CLI.tidakTerbaca));
    for (const f of rekap.unreadable) lines.push(`  - ${f.error}`);
    lines.push('');
  }
  if (rekap.skipped.length > 0) {
    lines.push(paint(ANSI.bold, REKAP_CLI.dilewati));
    for (const s of rekap.skipped) lines.push(`  - ${s.file}: ${s.reason}`);
    lines.push('');
  }
  const totals = ruleTotals(rekap.units);
  if (totals.length === 0 && rekap.units.length > 0) lines.push(BARIS_REKAP.tidakAdaTemuan, '');
  else if (totals.length > 0) {
    lines.push(paint(ANSI.bold, REKAP_CLI.aturan));
    const width = Math.max(...Object.values(LAPORAN_PERIKSA.tingkat).map((w) => w.length));
    const countWidth = Math.max(...totals.map((t) => String(t.findings).length));
    const unitWidth = Math.max(...totals.map((t) => String(t.units).length));
    for (const t of totals) {
      const tingkat = LAPORAN_PERIKSA.tingkat[t.severity].padEnd(width);
      lines.push(
        `  ${REKAP_CLI.aturanBaris({
          rule: t.rule,
          tingkat: t.severity === 'info' ? tingkat : paint(ANSI[t.severity], tingkat),
          temuan: String(t.findings).padStart(countWidth),
          unit: String(t.units).padStart(unitWidth),
          judul: t.title,
        })}`,
      );
    }
    lines.push('');
  }
  const sum = (f: 'galat' | 'peringatan' | 'info') => rekap.units.reduce((a, u) => a + u[f], 0);
  lines.push(
    paint(
      ANSI.bold,
      REKAP_CLI.ringkasan({
        galat: sum('galat'),
        peringatan: sum('peringatan'),
        info: sum('info'),
        unit: rekap.units.length,
        unitGalat: rekap.units.filter((u) => u.galat > 0).length,
      }),
    ),
  );
  if (rekap.unreadable.length > 0) lines.push(REKAP_CLI.tidakTerbacaJumlah(rekap.unreadable.length));
  lines.push(REKAP_CLI.rincian);
  return `${lines.join('\n')}\n`;
}
