/**
 * The Bab III chapter from the plans of one Susun (DESIGN.md §9 `sakip laporan`): Tabel 3.1 (the
 * kategori scale in use), every generated Tabel 3.2–3.10 with its caption and source line, the
 * Ringkasan's sentences in their sections, the Ringkasan's two charts, and highlighted placeholders
 * where staff must write. Every figure is computed from the same plans the workbook gets.
 */
import type { Settings } from '../settings';
import type { PlanChart, SheetPlan, TableId } from '../plan/sheet-plan';
import { kategoriScale } from '../plan/indicator-cells';
import { KOLOM_RINGKASAN } from '../plan/plan-ringkasan';
import { RINGKASAN } from '../messages/analisis';
import { LAPORAN } from '../messages/laporan';
import { formatAngka } from '../numbers/format-number';
import { Decimal } from '../decimal';
import type { Block, LaporanCell, LaporanDocument, LaporanSection, LaporanTable, Run } from './document';
import { PlanEvaluator, type CellValue } from './evaluate-plans';
import { displayText } from './format-code';
import { tableFromPlan } from './plan-table';

/**
 * Page orientation per table, decided once: landscape for the tables with eight or more columns
 * (3.3, 3.6, 3.7, 3.9) and for Tabel 3.8, whose account names and two Rupiah columns do not fit a
 * portrait page without wrapping every line; portrait for the rest. The rekap sheets of many units are
 * not part of Bab III; they are listed as the landscape pages they print on.
 */
const ORIENTASI: Record<TableId | '3.1', 'portrait' | 'landscape'> = {
  '3.1': 'portrait',
  '3.2': 'portrait',
  '3.3': 'landscape',
  '3.4': 'portrait',
  '3.5': 'portrait',
  '3.6': 'landscape',
  '3.7': 'landscape',
  '3.8': 'landscape',
  '3.9': 'landscape',
  '3.10': 'portrait',
  ringkasan: 'portrait',
  catatan: 'portrait',
  'rekap.unit': 'landscape',
  'rekap.aturan': 'landscape',
  'rekap.pemda': 'landscape',
};

/** The Ringkasan's sentences, computed: the counts, one per level, the budget one, the efficiency one. */
export interface RingkasanSentences {
  jumlah?: string;
  tingkat: string[];
  anggaran?: string;
  efisiensi?: string;
}

/** What the chapter was built from, for the summary the CLI and the pane show. */
export interface Bab3Result {
  document: LaporanDocument;
  tables: LaporanTable[];
  sentences: RingkasanSentences;
  charts: PlanChart[];
  placeholders: number;
}

/**
 * Tabel 3.1: the kategori scale in use (Permendagri 86/2017, or the user's bands), highest band first,
 * with its range in percentage points. Example: the default gives `≥ 91` Sangat Tinggi … `< 51` Sangat Rendah.
 */
function tabelSkala(settings: Settings): LaporanTable {
  const scale = kategoriScale(settings);
  const S = LAPORAN.skala;
  const pct = (d: Decimal) => formatAngka(d, d.decimalPlaces());
  const header: LaporanCell[] = [S.no, S.kategori, S.rentang].map((t) => ({
    text: t,
    style: 'header',
    align: 'center',
  }));
  const rows: LaporanCell[][] = [header];
  scale.bands.forEach((band, i) => {
    const above = i > 0 ? scale.bands[i - 1].lower : null;
    let range: string;
    if (band.lower === null) range = above ? S.bawah(pct(above), scale.lowerInclusive) : '';
    else if (above === null) range = S.atas(pct(band.lower));
    else range = S.antara(pct(band.lower), pct(above), scale.lowerInclusive);
    rows.push([
      { text: String(i + 1), style: 'teks', align: 'center' },
      { text: band.label, style: 'teks', align: 'left' },
      { text: range, style: 'teks', align: 'center' },
    ]);
  });
  return {
    id: '3.1',
    caption: ['Tabel 3.1', S.judul],
    headerRows: 1,
    rows,
    merges: [],
    sumber: [{ text: S.sumber(scale.source) }],
    notes: [],
  };
}

/** The value of the Ringkasan's KETERANGAN cell in the row labelled `label`, as text. */
function sentenceOf(ringkasan: SheetPlan, evaluator: PlanEvaluator, label: string): string | undefined {
  const r = ringkasan.cells.findIndex((row) => row?.[KOLOM_RINGKASAN.uraian]?.value === label);
  if (r < 0) return undefined;
  const v = evaluator.value(ringkasan, r, KOLOM_RINGKASAN.keterangan);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The sentences of a Ringkasan plan, only those it computes (a budget-only one has the budget sentence). */
function ringkasanSentences(ringkasan: SheetPlan | undefined, evaluator: PlanEvaluator): RingkasanSentences {
  if (!ringkasan) return { tingkat: [] };
  const kinerja = ringkasan.cells.some(
    (row) =>
      row?.[KOLOM_RINGKASAN.uraian]?.value === RINGKASAN.rataRata(RINGKASAN.tingkat.sasaran) ||
      row?.[KOLOM_RINGKASAN.uraian]?.value === RINGKASAN.rataRata(RINGKASAN.tingkat.tujuan),
  );
  const tingkat = (['tujuan', 'sasaran', 'program'] as const)
    .map((t) => sentenceOf(ringkasan, evaluator, RINGKASAN.kalimatTingkat(RINGKASAN.tingkat[t])))
    .filter((s): s is string => s !== undefined);
  return {
    jumlah: sentenceOf(ringkasan, evaluator, RINGKASAN.kalimatJumlah),
    tingkat,
    anggaran: sentenceOf(ringkasan, evaluator, RINGKASAN.kalimatAnggaran),
    efisiensi: kinerja ? sentenceOf(ringkasan, evaluator, RINGKASAN.kalimatEfisiensi) : undefined,
  };
}

const numberOf = (v: CellValue): number | null => (Decimal.isDecimal(v) ? v.toNumber() : null);

/**
 * The Ringkasan's charts with their values taken from the computed cells of its chart data (so the
 * picture shows the table's figures), the category labels as the cells show them.
 */
function computedCharts(ringkasan: SheetPlan | undefined, evaluator: PlanEvaluator): PlanChart[] {
  if (!ringkasan?.charts) return [];
  return ringkasan.charts.map((chart) => {
    const rows = (r: { top: number; bottom: number }) =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, k) => r.top + k);
    return {
      ...chart,
      preview: {
        ...chart.preview,
        categories: rows(chart.categories).map((r) =>
          displayText(evaluator.value(ringkasan, r, chart.categories.left)),
        ),
        series: chart.series.map((s) => ({
          name: s.name,
          values: rows(s.values).map((r) => numberOf(evaluator.value(ringkasan, r, s.values.left))),
        })),
      },
    };
  });
}

/** A unit of the chapter that stays on one kind of page: intro, table, chart, sentences. */
interface Unit {
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}

const para = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
const placeholder = (text: string): Run => ({ text, placeholder: true });

/**
 * The chapter from the plans of one Susun and the reasons it skipped the others. Sections follow the
 * seed LKjIP's Bab III: the measurement and Tabel 3.1; A. capaian kinerja (3.2–3.7, the kinerja
 * sentences and chart); B. realisasi anggaran (3.8, the budget sentence and chart); C. efisiensi (3.9,
 * the efficiency sentence, 3.10). A part without its data says so instead of a table.
 */
export function buildBab3(
  plans: SheetPlan[],
  skipped: Array<{ table: TableId; reason: string }>,
  settings: Settings,
): Bab3Result {
  const evaluator = new PlanEvaluator(plans);
  const planOf = (t: TableId) => plans.find((p) => p.table === t);
  const ringkasan = planOf('ringkasan');
  const sentences = ringkasanSentences(ringkasan, evaluator);
  const charts = computedCharts(ringkasan, evaluator);
  const tables: LaporanTable[] = [];
  let placeholders = 0;
  let chartNo = 0;
  const units: Unit[] = [];
  const free = (...blocks: Block[]) => units.push({ blocks });
  const tableUnit = (table: LaporanTable, after: Block[] = []) => {
    tables.push(table);
    placeholders += table.rows.flat().filter((c) => c.placeholder).length;
    placeholders += table.sumber.filter((r) => r.placeholder).length;
    const uraian =
      table.id === '3.1'
        ? []
        : [
            para({ text: LAPORAN.uraianTabel, bold: true }),
            para(placeholder(LAPORAN.isiUraian(`Tabel ${table.id}`))),
          ];
    placeholders += uraian.length > 0 ? 1 : 0;
    units.push({ orientation: ORIENTASI[table.id], blocks: [{ kind: 'table', table }, ...after, ...uraian] });
  };
  const chartBlock = (kind: PlanChart['kind']): Block[] => {
    const c = charts.find((x) => x.kind === kind);
    if (!c) return [];
    chartNo++;
    return [{ kind: 'chart', chart: c, caption: LAPORAN.grafik(chartNo, c.title) }];
  };
  const sheet = (t: TableId, after: Block[] = []) => {
    const plan = planOf(t);
    if (plan) tableUnit(tableFromPlan(plan, evaluator), after);
    return plan !== undefined;
  };
  const reason = (t: TableId) => skipped.find((s) => s.table === t)?.reason;

  free(
    { kind: 'heading', level: 1, text: `${LAPORAN.bab}\n${LAPORAN.judulBab}` },
    para(placeholder(LAPORAN.pengantarBab)),
    { kind: 'heading', level: 2, text: LAPORAN.pengukuran },
    para({ text: LAPORAN.pengantarSkala }),
  );
  placeholders++;
  tableUnit(tabelSkala(settings));

  free({ kind: 'heading', level: 2, text: LAPORAN.bagianKinerja });
  const kinerjaTables: TableId[] = ['3.2', '3.3', '3.4', '3.5', '3.6', '3.7'];
  if (!kinerjaTables.some((t) => planOf(t))) free(para({ text: LAPORAN.tanpaKinerja }));
  for (const t of kinerjaTables) {
    const after: Block[] = [];
    if (t === '3.2') {
      if (sentences.jumlah) after.push(para({ text: sentences.jumlah }));
      for (const s of sentences.tingkat)
        after.push({ kind: 'paragraph', runs: [{ text: s.replace(/^- /, '') }], bullet: true });
      after.push(...chartBlock('column-clustered'));
    }
    sheet(t, after);
  }

  free({ kind: 'heading', level: 2, text: LAPORAN.bagianAnggaran });
  const anggaran: Block[] = [];
  if (sentences.anggaran) anggaran.push(para({ text: sentences.anggaran }));
  anggaran.push(...chartBlock('bar-clustered'));
  if (!sheet('3.8', anggaran)) free(para({ text: LAPORAN.tanpaAnggaran }));

  free({ kind: 'heading', level: 2, text: LAPORAN.bagianEfisiensi });
  const efisiensi = sentences.efisiensi ? [para({ text: sentences.efisiensi })] : [];
  if (!sheet('3.9', efisiensi)) free(para({ text: reason('3.9') ?? LAPORAN.tanpaEfisiensi }));
  sheet('3.10');

  return {
    document: { title: `${LAPORAN.bab} ${LAPORAN.judulBab}`, sections: toSections(units) },
    tables,
    sentences,
    charts,
    placeholders,
  };
}

/**
 * Units grouped into sections by orientation: a unit without a table (a heading, a paragraph) goes on
 * the page of the next table, so a section heading never stands alone at the foot of a portrait page
 * before a landscape table.
 */
function toSections(units: Unit[]): LaporanSection[] {
  let next: 'portrait' | 'landscape' = 'portrait';
  for (let i = units.length - 1; i >= 0; i--) {
    if (units[i].orientation) next = units[i].orientation as 'portrait' | 'landscape';
    else units[i].orientation = next;
  }
  const sections: LaporanSection[] = [];
  for (const u of units) {
    const last = sections[sections.length - 1];
    if (last && last.orientation === u.orientation) last.blocks.push(...u.blocks);
    else sections.push({ orientation: u.orientation ?? 'portrait', blocks: [...u.blocks] });
  }
  return sections;
}
