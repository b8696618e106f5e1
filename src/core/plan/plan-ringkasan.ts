/**
 * The Ringkasan sheet: the figures a writer quotes in Bab IV and the foreword, each a live formula on
 * the generated Tabel 3.6 and 3.8 (through their owner marks), the amounts in words, ready-to-paste
 * sentences built from those cells, and the data and charts of pagu vs realisasi per program and
 * capaian per sasaran.
 */
import { Decimal } from '../decimal';
import type { BudgetTable } from '../model/budget';
import type { IndicatorRow, IndicatorTable, Measure } from '../model/indicator';
import type { Settings } from '../settings';
import { MAX_ROW_HEIGHT, type PlanCell, type PlanChart, type PlanStyle } from './sheet-plan';
import { FORMAT, PlanGrid, ref, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import type { BudgetLayout } from './budget-sheet';
import {
  capaianAnggaranFormula,
  efisiensiFormula,
  kategoriFormula,
  literalText,
  MAX_FORMULA_LENGTH,
  overArgs,
  textLiteral,
} from './excel-formulas';
import { kategoriScale } from './indicator-cells';
import { leafSums, toCellNumber } from './sources';
import { KOLOM_36, type Tabel36Layout } from './plan-tabel-36';
import {
  angkaTextFormula,
  bilanganFormula,
  markRef,
  persenTextFormula,
  rupiahTextFormula,
} from './text-formulas';
import { terbilang } from '../formulas/terbilang';
import { hitungCapaian } from '../formulas/capaian';
import type { Ukuran } from '../formulas/args';
import { CATATAN_ANALISIS, KALIMAT, KOLOM_ANALISIS, RINGKASAN } from '../messages/analisis';

/** Columns of the Ringkasan (0-based): label, value, long text (kategori, terbilang, sentences). */
export const KOLOM_RINGKASAN = { uraian: 0, nilai: 1, keterangan: 2 } as const;

/** A measure as a formula argument for the chart preview: a number, a grade, or nothing. */
function ukuran(m: Measure | undefined): Ukuran | null {
  if (m?.kind === 'angka') return m.value;
  if (m?.kind === 'predikat') return { grade: m.grade };
  return null;
}

function capaianValue(row: IndicatorRow): number | null {
  const t = ukuran(row.target);
  const r = ukuran(row.realisasi);
  if (t === null || r === null) return null;
  const c = hitungCapaian(t, r, row.polaritas);
  return c.ok ? c.value.toNumber() : null;
}

export interface RingkasanContext {
  settings: Settings;
  unit?: string;
  tahun?: number;
  unitLine?: string;
}

type Tingkat = 'tujuan' | 'sasaran' | 'program';

/** The indicator table Tabel 3.6 was planned from, and where that sheet put each row. */
export interface RingkasanKinerja {
  indicators: IndicatorTable;
  layout36: Tabel36Layout;
}

/** Where the Ringkasan put its figures and the data its charts are drawn from. */
export interface RingkasanLayout extends SheetLayout {
  /** Rows of the JUMLAH pagu and realisasi (their values in column `nilai`). */
  paguRow: number;
  realisasiRow: number;
  /** The charts' data blocks (rows without their header row), when there is data for them. */
  programBlock?: { top: number; bottom: number };
  sasaranBlock?: { top: number; bottom: number };
}

/**
 * Plans the Ringkasan from the budget table Tabel 3.8 was planned from and that sheet's layout (whose
 * cells it refers to), and — when an indicator table was recognised — the table Tabel 3.6 was planned
 * from with that sheet's layout. Without one, the budget part stands alone (pagu, realisasi, serapan,
 * terbilang, the budget sentence) and each part that needs indicators says so. Every figure is a formula:
 * counts (COUNTA) and average capaian (SUM/COUNT, text such as "Belum ada penilaian" left out, as
 * AVERAGE does) per tujuan, sasaran and program over Tabel 3.6; pagu and realisasi = Tabel 3.8's
 * JUMLAH; serapan; efisiensi by the chosen method. Terbilang is written as text computed by
 * `terbilang()` beside a live check against the amount it was computed from.
 * Example (seed figures): pagu 2.702.337.210, realisasi 2.146.644.864, serapan 79,44%.
 */
export function planRingkasan(
  kinerjaSource: RingkasanKinerja | undefined,
  budget: BudgetTable,
  layout38: BudgetLayout,
  ctx: RingkasanContext,
): Planned<RingkasanLayout> {
  const at38 = {
    paguCol: layout38.columns.pagu,
    realisasiCol: layout38.columns.realisasi,
    jumlahRow: layout38.jumlahRow,
    programRows: layout38.programs.map((p) => ({ row: p.row, name: budget.nodes[p.node].name })),
  };
  const C = KOLOM_RINGKASAN;
  const columns: HeaderColumn[] = [
    { label: KOLOM_ANALISIS.uraian, width: 46 },
    { label: KOLOM_ANALISIS.nilai, width: 20 },
    { label: KOLOM_ANALISIS.keterangan, width: 70 },
  ];
  const grid = new PlanGrid('ringkasan', columns);
  for (const [text, style] of [
    [RINGKASAN.judul, 'judul'],
    ...(ctx.unitLine ? [[ctx.unitLine, 'subjudul']] : []),
  ] as Array<[string, PlanStyle]>) {
    const r = grid.addRow([{ value: text, style }]);
    grid.merge(r, 0, r, columns.length - 1);
  }
  grid.skip();
  grid.addHeader();

  const section = (title: string) => {
    const r = grid.addRow([{ value: title, style: 'program' }, { style: 'program' }, { style: 'program' }]);
    grid.merge(r, 0, r, columns.length - 1);
  };
  const line = (label: string, value: PlanCell, keterangan?: PlanCell): number =>
    grid.addRow([
      { value: label, style: 'teks' },
      { style: 'teks', ...value },
      { style: 'teks', ...(keterangan ?? {}) },
    ]);

  // A. Kinerja: counts and average capaian per level, over Tabel 3.6. With so many rows of a level that
  // the formula would pass Excel's limit (a regency's whole cascade), the figure is the same count or
  // mean worked out now from the rows Tabel 3.6 was planned from, marked * with a note.
  const scale = kategoriScale(ctx.settings);
  let computedNow = false;
  const liveOr = (label: string, formula: string, value: () => number | string, numberFormat: string) => {
    if (formula.length <= MAX_FORMULA_LENGTH) return { label, cell: { formula, numberFormat } };
    computedNow = true;
    return { label: `${label} *`, cell: { value: value(), numberFormat } };
  };
  section(RINGKASAN.kinerja);
  const levels: Partial<
    Record<Tingkat, { count: string; indikator: string; average: string; kategori: string }>
  > = {};
  const { indicators, layout36 } = kinerjaSource ?? {};
  if (!indicators || !layout36)
    line(RINGKASAN.tanpaKinerja, { value: '-' }, { value: RINGKASAN.perluKinerja });
  for (const tingkat of ['tujuan', 'sasaran', 'program'] as const) {
    if (!indicators || !layout36) break;
    const rows = indicators.rows.filter((r) => r.level === tingkat && layout36.rowOf.has(r.index));
    if (rows.length === 0) continue;
    const refs = (col: number) => rows.map((r) => markRef('3.6', layout36.rowOf.get(r.index) as number, col));
    const label = RINGKASAN.tingkat[tingkat];
    const filled = (texts: Array<string | undefined>) =>
      texts.filter((t) => t !== undefined && t !== '').length;
    const counted = liveOr(
      RINGKASAN.jumlah(label),
      overArgs('COUNTA', refs(KOLOM_36.nama)),
      () => filled(rows.map((r) => r.name.text)),
      '0',
    );
    const count = line(counted.label, counted.cell);
    const indikatorCount = liveOr(
      RINGKASAN.jumlahIndikator(label),
      overArgs('COUNTA', refs(KOLOM_36.indikator)),
      () => filled(rows.map((r) => r.indikator?.text)),
      '0',
    );
    const ind = line(indikatorCount.label, indikatorCount.cell);
    const cap = refs(KOLOM_36.capaian);
    const avgRow = grid.row;
    const mean = () => {
      const values = rows.map(capaianValue).filter((v): v is number => v !== null);
      return values.length === 0
        ? '-'
        : toCellNumber(values.reduce((a, v) => a.plus(v), new Decimal(0)).div(values.length));
    };
    const average = liveOr(
      RINGKASAN.rataRata(label),
      `IFERROR(${overArgs('SUM', cap)}/${overArgs('COUNT', cap)},"-")`,
      mean,
      FORMAT.persen,
    );
    line(average.label, average.cell, { formula: kategoriFormula(ref(avgRow, C.nilai), scale) });
    levels[tingkat] = {
      count: ref(count, C.nilai),
      indikator: ref(ind, C.nilai),
      average: ref(avgRow, C.nilai),
      kategori: ref(avgRow, C.keterangan),
    };
  }

  // B. Anggaran: Tabel 3.8's JUMLAH, serapan, efisiensi.
  section(RINGKASAN.anggaran);
  const paguRow = line(RINGKASAN.pagu, {
    formula: markRef('3.8', at38.jumlahRow, at38.paguCol),
    numberFormat: FORMAT.rupiah,
  });
  const realRow = line(RINGKASAN.realisasi, {
    formula: markRef('3.8', at38.jumlahRow, at38.realisasiCol),
    numberFormat: FORMAT.rupiah,
  });
  const pagu = ref(paguRow, C.nilai);
  const realisasi = ref(realRow, C.nilai);
  const serapanRow = line(RINGKASAN.serapan, {
    formula: capaianAnggaranFormula(pagu, realisasi),
    numberFormat: FORMAT.persen,
  });
  const serapan = ref(serapanRow, C.nilai);
  const averageSource = levels.sasaran ?? levels.tujuan;
  const kinerjaRow = line(
    RINGKASAN.capaianKinerja,
    averageSource ? { formula: averageSource.average, numberFormat: FORMAT.persen } : { value: '-' },
    averageSource ? undefined : { value: RINGKASAN.perluKinerja },
  );
  const kinerja = ref(kinerjaRow, C.nilai);
  const metode = ctx.settings.efisiensi;
  const efisiensiRow = line(
    RINGKASAN.efisiensi(metode),
    averageSource
      ? {
          formula: efisiensiFormula(metode, kinerja, serapan),
          numberFormat: metode === 'indeks' ? FORMAT.indeks : FORMAT.persen,
        }
      : { value: '-' },
    { value: averageSource ? CATATAN_ANALISIS.efisiensi(metode) : RINGKASAN.perluKinerja },
  );
  const efisiensi = ref(efisiensiRow, C.nilai);

  // C. Terbilang: text computed now, checked live against the amount it was computed from.
  section(RINGKASAN.terbilangBagian);
  // The programs' sums serve the totals here and the chart data below: each computed once.
  const programSum = { pagu: leafSums(budget, 'pagu'), realisasi: leafSums(budget, 'realisasi') };
  const sum = (field: 'pagu' | 'realisasi') =>
    budget.roots.reduce((a, i) => a.plus(programSum[field](i)), new Decimal(0));
  let wordsLength = 0;
  const terbilangRow = (label: string, total: Decimal, live: string): string => {
    const t = terbilang(total);
    wordsLength += t.ok ? t.text.length : 0;
    const amount = toCellNumber(total);
    const r = line(
      label,
      { formula: `IF(${live}=${amount},"",${textLiteral(RINGKASAN.perluDisusunUlang)})` },
      { value: t.ok ? t.text : RINGKASAN.terbilangGagal },
    );
    return `${ref(r, C.nilai)}`;
  };
  const paguCheck = terbilangRow(RINGKASAN.paguTerbilang, sum('pagu'), pagu);
  const paguWords = ref(grid.row - 1, C.keterangan);
  const realCheck = terbilangRow(RINGKASAN.realisasiTerbilang, sum('realisasi'), realisasi);
  const realWords = ref(grid.row - 1, C.keterangan);

  // D. Sentences, after the seed's Bab IV, built from the cells above.
  section(RINGKASAN.kalimatBagian);
  const unit = ctx.unit ?? KALIMAT.unitBawaan;
  const tahun = ctx.tahun !== undefined ? String(ctx.tahun) : KALIMAT.tahunBawaan;
  // A wrapped formula result does not grow its row in Excel or LibreOffice: each sentence row gets a
  // height for its expected length (literal text as is, each live figure counted as 12 characters).
  const rowHeights: Array<number | undefined> = [];
  const fit = (row: number, parts: string[], extra = 0) => {
    const chars = parts.reduce((n, p) => n + (literalText(p)?.length ?? 12), extra);
    rowHeights[row] = Math.min(14 * Math.ceil(chars / columns[C.keterangan].width) + 4, MAX_ROW_HEIGHT);
  };
  const sentence = (label: string, parts: string[]) =>
    fit(line(label, {}, { formula: parts.join('&') }), parts);
  const lit = textLiteral;
  if (levels.tujuan && levels.sasaran) {
    sentence(RINGKASAN.kalimatJumlah, [
      lit(KALIMAT.pembuka(unit, tahun)),
      bilanganFormula(levels.tujuan.count),
      lit(KALIMAT.tujuan),
      bilanganFormula(levels.sasaran.count),
      lit(KALIMAT.sasaran),
      bilanganFormula(levels.sasaran.indikator),
      lit(KALIMAT.indikatorPenutup),
    ]);
  }
  for (const tingkat of ['tujuan', 'sasaran', 'program'] as const) {
    const l = levels[tingkat];
    if (!l) continue;
    sentence(RINGKASAN.kalimatTingkat(RINGKASAN.tingkat[tingkat]), [
      lit(KALIMAT.butir(RINGKASAN.tingkat[tingkat])),
      bilanganFormula(l.count),
      lit(KALIMAT.terdiri),
      bilanganFormula(l.indikator),
      lit(KALIMAT.rataRata),
      persenTextFormula(l.average),
      lit(KALIMAT.kategori),
      l.kategori,
      lit(KALIMAT.butirPenutup),
    ]);
  }
  const anggaranSentence = [
    lit(KALIMAT.anggaranPembuka(unit, tahun)),
    rupiahTextFormula(pagu),
    lit(KALIMAT.kurungBuka),
    paguWords,
    lit(KALIMAT.realisasiSambung(tahun)),
    rupiahTextFormula(realisasi),
    lit(KALIMAT.kurungBuka),
    realWords,
    lit(KALIMAT.capaianPersentase),
    persenTextFormula(serapan),
    lit(KALIMAT.titik),
  ];
  const anggaranRow = line(
    RINGKASAN.kalimatAnggaran,
    {},
    {
      formula: `IF(AND(${paguCheck}="",${realCheck}=""),${anggaranSentence.join('&')},${lit(RINGKASAN.perluDisusunUlang)})`,
    },
  );
  fit(anggaranRow, anggaranSentence, wordsLength);
  if (averageSource)
    sentence(RINGKASAN.kalimatEfisiensi, [
      lit(KALIMAT.efisiensiPembuka),
      persenTextFormula(kinerja),
      lit(KALIMAT.penyerapan),
      persenTextFormula(serapan),
      lit(KALIMAT.efisiensiTengah),
      metode === 'indeks' ? angkaTextFormula(efisiensi) : persenTextFormula(efisiensi),
      lit(KALIMAT.titik),
    ]);
  else line(RINGKASAN.kalimatEfisiensi, {}, { value: RINGKASAN.perluKinerja });

  // E. Chart data and the charts over it, on a page of their own: the charts beside the data are as
  // tall as both blocks and more, and a page break through them would print each chart in two halves.
  const chartPage = grid.row;
  section(RINGKASAN.grafikBagian);
  const charts: PlanChart[] = [];
  let programBlock: RingkasanLayout['programBlock'];
  let sasaranBlock: RingkasanLayout['sasaranBlock'];
  // Beside the chart data, below the sentences that run to the right.
  const anchorCol = columns.length + 1;
  const anchorTop = grid.row;
  if (at38.programRows.length > 0) {
    grid.addRow([
      { value: RINGKASAN.program, style: 'header' },
      { value: RINGKASAN.paguKolom, style: 'header' },
      { value: RINGKASAN.realisasiKolom, style: 'header' },
    ]);
    const first = grid.row;
    for (const p of at38.programRows) {
      line(
        p.name,
        { formula: markRef('3.8', p.row, at38.paguCol), numberFormat: FORMAT.rupiah },
        { formula: markRef('3.8', p.row, at38.realisasiCol), numberFormat: FORMAT.rupiah },
      );
    }
    const last = grid.row - 1;
    programBlock = { top: first, bottom: last };
    const col = (c: number) => ({ top: first, left: c, bottom: last, right: c });
    charts.push({
      kind: 'bar-clustered',
      title: RINGKASAN.grafikAnggaran,
      valueFormat: FORMAT.rupiah,
      valueMin: 0,
      categoriesTopDown: true,
      categories: col(C.uraian),
      series: [
        { name: RINGKASAN.seriPagu, values: col(C.nilai) },
        { name: RINGKASAN.seriRealisasi, values: col(C.keterangan) },
      ],
      anchor: { top: anchorTop, left: anchorCol, bottom: anchorTop + 18, right: anchorCol + 9 },
      preview: {
        categories: at38.programRows.map((p) => p.name),
        series: [
          {
            name: RINGKASAN.seriPagu,
            values: budget.roots.map((i) => toCellNumber(programSum.pagu(i))),
          },
          {
            name: RINGKASAN.seriRealisasi,
            values: budget.roots.map((i) => toCellNumber(programSum.realisasi(i))),
          },
        ],
        percent: false,
      },
    });
  }
  const sasaran =
    indicators && layout36
      ? indicators.rows.filter((r) => r.level === 'sasaran' && layout36.rowOf.has(r.index))
      : [];
  if (indicators && layout36 && sasaran.length > 0) {
    grid.skip();
    grid.addRow([
      { value: RINGKASAN.sasaran, style: 'header' },
      { value: RINGKASAN.capaianKolom, style: 'header' },
      { value: RINGKASAN.targetKolom, style: 'header' },
    ]);
    const first = grid.row;
    for (const s of sasaran) {
      line(
        s.name.text,
        {
          formula: markRef('3.6', layout36.rowOf.get(s.index) as number, KOLOM_36.capaian),
          numberFormat: FORMAT.persen,
        },
        { value: 1, numberFormat: FORMAT.persen },
      );
    }
    const last = grid.row - 1;
    sasaranBlock = { top: first, bottom: last };
    const col = (c: number) => ({ top: first, left: c, bottom: last, right: c });
    charts.push({
      kind: 'column-clustered',
      title: RINGKASAN.grafikCapaian,
      valueFormat: FORMAT.persenBulat,
      valueMin: 0,
      categoriesTopDown: false,
      categories: col(C.uraian),
      series: [
        { name: RINGKASAN.seriCapaian, values: col(C.nilai) },
        { name: RINGKASAN.seriTarget, values: col(C.keterangan) },
      ],
      anchor: { top: anchorTop + 20, left: anchorCol, bottom: anchorTop + 38, right: anchorCol + 9 },
      preview: {
        categories: sasaran.map((s) => s.name.text),
        series: [
          { name: RINGKASAN.seriCapaian, values: sasaran.map(capaianValue) },
          { name: RINGKASAN.seriTarget, values: sasaran.map(() => 1) },
        ],
        percent: true,
      },
    });
  }

  grid.skip();
  grid.addNote(kinerjaSource ? CATATAN_ANALISIS.rujukanRingkasan : CATATAN_ANALISIS.rujukanRingkasan38);
  if (computedNow) grid.addNote(CATATAN_ANALISIS.nilaiSaatDisusun, true);
  grid.addNote(CATATAN_ANALISIS.terbilang);
  grid.addNote(CATATAN_ANALISIS.kategori(scale.source));
  if (charts.length > 0) grid.addNote(CATATAN_ANALISIS.grafik);
  const layout: RingkasanLayout = {
    ...grid.layout(),
    paguRow,
    realisasiRow: realRow,
    ...(programBlock ? { programBlock } : {}),
    ...(sasaranBlock ? { sasaranBlock } : {}),
  };
  const plan = grid.toPlan();
  const print = charts.length > 0 ? { ...plan.print, rowBreaks: [chartPage] } : plan.print;
  return { plan: { ...plan, print, rowHeights, ...(charts.length > 0 ? { charts } : {}) }, layout };
}
