/**
 * Tabel 3.7 "Analisis Keberhasilan dan Kegagalan Program dan Kegiatan": per tujuan and sasaran, the
 * programs, kegiatan and sub kegiatan under it with their capaian, kategori and the judgment
 * "Menunjang / Tidak menunjang" derived from the kategori by a rule stated under the table.
 */
import type { IndicatorTable } from '../model/indicator';
import type { Settings } from '../settings';
import type { BandScale } from '../formulas/scales';
import type { PlanStyle } from './sheet-plan';
import { FORMAT, PlanGrid, ref, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import { kategoriFormula, textLiteral } from './excel-formulas';
import { kategoriScale } from './indicator-cells';
import { tableLocation } from './sources';
import { markRef } from './text-formulas';
import { CASCADE_STYLE, KOLOM_36, cascadeNumbering, cascadeOrder, type Tabel36Layout } from './plan-tabel-36';
import { CATATAN_ANALISIS, KATA_TINGKAT, KOLOM_ANALISIS, PENILAIAN } from '../messages/analisis';

/** Columns of Tabel 3.7 (0-based). */
export const KOLOM_37 = {
  no: 0,
  sasaran: 1,
  indikatorSasaran: 2,
  capaianSasaran: 3,
  program: 4,
  indikatorProgram: 5,
  capaianProgram: 6,
  kategori: 7,
  menunjang: 8,
} as const;

/**
 * The kategori labels that count as "Menunjang": the two highest bands of the scale (Permendagri
 * 86/2017: Sangat Tinggi and Tinggi, capaian ≥ 76%), or all but the lowest when it has fewer than three.
 */
export function menunjangLabels(scale: BandScale): string[] {
  const n = scale.bands.length >= 3 ? 2 : Math.max(scale.bands.length - 1, 1);
  return scale.bands.slice(0, n).map((b) => b.label);
}

/**
 * The judgment of one row from its capaian and kategori cells: `Menunjang, capaian realisasi kinerja
 * program sangat tinggi` when the kategori is one of `menunjang`, `Tidak menunjang, …` otherwise, and
 * "Belum dapat dinilai" where the capaian is no number.
 * Example: `penilaianFormula('G8', 'H8', 'program', ['Sangat Tinggi', 'Tinggi'])` →
 * `IF(ISNUMBER(G8),IF(OR(H8="Sangat Tinggi",H8="Tinggi"),"Menunjang","Tidak menunjang")&", capaian realisasi kinerja program "&LOWER(H8),"Belum dapat dinilai: capaian belum ada")`.
 */
export function penilaianFormula(
  capaian: string,
  kategori: string,
  tingkat: string,
  menunjang: string[],
): string {
  const test = menunjang.map((l) => `${kategori}=${textLiteral(l)}`).join(',');
  const verdict = `IF(OR(${test}),${VERDICT.menunjang},${VERDICT.tidakMenunjang})`;
  return `IF(ISNUMBER(${capaian}),${verdict}&${textLiteral(`${PENILAIAN.sambungan}${tingkat} `)}&LOWER(${kategori}),${VERDICT.belumDinilai})`;
}

/** The fixed verdicts as formula text, quoted once rather than for every row. */
const VERDICT = {
  menunjang: textLiteral(PENILAIAN.menunjang),
  tidakMenunjang: textLiteral(PENILAIAN.tidakMenunjang),
  belumDinilai: textLiteral(PENILAIAN.belumDinilai),
};

/** Whether the cascade has a program, kegiatan or sub kegiatan row (else Tabel 3.7 has nothing to judge). */
export function hasProgramRows(table: IndicatorTable): boolean {
  return table.rows.some((r) => r.level === 'program' || r.level === 'kegiatan' || r.level === 'subkegiatan');
}

/** Where Tabel 3.7 put each row of the cascade (a program may share its sasaran's row). */
export interface Tabel37Layout extends SheetLayout {
  rowOf: Map<number, number>;
}

/**
 * Plans Tabel 3.7 from the same indicator table as Tabel 3.6 and that sheet's layout: every capaian is
 * a reference to Tabel 3.6's capaian cell through its owner mark (so the two cannot disagree), the
 * kategori a built-in formula on the scale in use, the judgment a formula on the kategori. Tujuan and
 * sasaran stand on the left; the first program under a sasaran shares its row, as in the seed.
 */
export function planTabel37(
  source: IndicatorTable,
  layout36: Tabel36Layout,
  ctx: { settings: Settings; unitLine?: string },
): Planned<Tabel37Layout> {
  const scale = kategoriScale(ctx.settings);
  const menunjang = menunjangLabels(scale);
  const columns: HeaderColumn[] = [
    { label: KOLOM_ANALISIS.no, width: 6 },
    { label: KOLOM_ANALISIS.tujuanSasaran, width: 30 },
    { label: KOLOM_ANALISIS.indikator, width: 26 },
    { label: KOLOM_ANALISIS.capaian, width: 11 },
    { label: KOLOM_ANALISIS.programKegiatan, width: 36 },
    { label: KOLOM_ANALISIS.indikator, width: 32 },
    { label: KOLOM_ANALISIS.capaian, width: 11 },
    { label: KOLOM_ANALISIS.kategori, width: 13 },
    { label: KOLOM_ANALISIS.menunjang, width: 30 },
  ];
  const C = KOLOM_37;
  const grid = new PlanGrid('3.7', columns);
  grid.addTitle(ctx.unitLine);
  grid.addHeader();

  const numbers = cascadeNumbering(source);
  const capaianRef = (index: number) => markRef('3.6', layout36.rowOf.get(index) ?? 0, KOLOM_36.capaian);
  const rowOf = new Map<number, number>();
  let block: { top: number; free: boolean; style: PlanStyle } | undefined;
  let last = -1;
  const closeBlock = () => {
    if (block && last > block.top) {
      for (let c = C.no; c <= C.capaianSasaran; c++) grid.merge(block.top, c, last, c);
    }
  };

  for (const row of cascadeOrder(source)) {
    const style = CASCADE_STYLE[row.level];
    if (row.level === 'tujuan' || row.level === 'sasaran') {
      closeBlock();
      const r = grid.addRow([], 0);
      rowOf.set(row.index, r);
      grid.set(r, C.no, { value: numbers.get(row.index) ?? '', style });
      grid.set(r, C.sasaran, { value: row.name.text, style });
      grid.set(r, C.indikatorSasaran, { value: row.indikator?.text ?? null, style });
      grid.set(r, C.capaianSasaran, { formula: capaianRef(row.index), numberFormat: FORMAT.persen, style });
      for (let c = C.program; c <= C.menunjang; c++) grid.set(r, c, { style });
      block = { top: r, free: true, style };
      last = r;
      continue;
    }
    let r: number;
    if (block?.free) {
      r = block.top;
      block.free = false;
    } else {
      r = grid.addRow([], row.depth - 1);
      if (block) for (let c = C.no; c <= C.capaianSasaran; c++) grid.set(r, c, { style: block.style });
    }
    last = r;
    rowOf.set(row.index, r);
    grid.set(r, C.program, { value: row.name.text, style });
    grid.set(r, C.indikatorProgram, { value: row.indikator?.text ?? null, style });
    grid.set(r, C.capaianProgram, { formula: capaianRef(row.index), numberFormat: FORMAT.persen, style });
    grid.set(r, C.kategori, { formula: kategoriFormula(ref(r, C.capaianProgram), scale), style });
    grid.set(r, C.menunjang, {
      formula: penilaianFormula(
        ref(r, C.capaianProgram),
        ref(r, C.kategori),
        KATA_TINGKAT[row.level],
        menunjang,
      ),
      style,
    });
  }
  closeBlock();

  grid.skip();
  grid.addNote(
    CATATAN_ANALISIS.aturan37(
      menunjang,
      scale.bands.map((b) => b.label),
    ),
    true,
  );
  grid.addNote(CATATAN_ANALISIS.kategori(scale.source));
  grid.addNote(CATATAN_ANALISIS.rujukan36);
  const loc = tableLocation(source);
  grid.addNote(CATATAN_ANALISIS.sumber(loc.sheet, loc.range));
  return { plan: grid.toPlan(), layout: { ...grid.layout(), rowOf } };
}
