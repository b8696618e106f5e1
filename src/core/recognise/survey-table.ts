import { appendAll } from '../arrays';
import type { CellRange, SheetSnapshot } from '../snapshot';
import { cellAt, rowExtent } from '../snapshot';
import { nameKey } from '../text';
import type { Temuan } from '../temuan';
import type { StatedNumber, StatedText } from '../model/source';
import type { SurveyAnswer, SurveyTable } from '../model/survey';
import { readNumber } from '../numbers/read-number';
import { recogniseKinerjaMessages as msg } from '../messages/recognise-kinerja';
import { cellText, countTextMatches, guessNotes, isBlankRow, note, statedNumber } from './indicator-cells';
import { titleAbove } from './indicator-table';
import { templateTableRanges } from './template-spec';

/** Words that name each of the nine unsur of PermenPANRB 14/2017 in a header. */
const UNSUR_WORDS = [
  /persyaratan/,
  /(sistem|mekanisme|prosedur)/,
  /waktu/,
  /(biaya|tarif)/,
  /(produk|spesifikasi)/,
  /kompetensi/,
  /perilaku/,
  /(pengaduan|saran dan masukan)/,
  /(sarana|prasarana)/,
];
/** A raw text that may be an unsur header, for skipping rows cheaply before the exact test. */
const MAYBE_UNSUR =
  /^\s*(u|unsur)\s?[1-9]\s*$|persyaratan|prosedur|mekanisme|waktu|biaya|tarif|produk|spesifikasi|kompetensi|perilaku|pengaduan|sarana/i;
/** Fewest unsur columns for a row to count as a survey header. */
const MIN_UNSUR = 3;
/** Rows below a table searched for a stated IKM and mutu. */
const NEAR_ROWS = 6;

/** Whether a header text names an unsur: `U1`, `U 1`, `Unsur 1`, or one of the nine unsur names. */
export function isUnsurHeader(text: string): boolean {
  const k = nameKey(text);
  if (/^(u|unsur) ?[1-9]$/.test(k)) return true;
  return k.length > 0 && k.length <= 60 && UNSUR_WORDS.some((w) => w.test(k));
}

type RowKind = 'nrr' | 'nrr-tertimbang' | 'jumlah' | 'ikm' | 'mutu' | 'responden' | 'lain';

/** What a row's label says it is: a stated NRR, a sum, the IKM, the mutu, or a respondent. */
function labelKind(label: string): RowKind {
  const k = nameKey(label);
  if (k === '' || /^\d+$/.test(k) || /^(r|responden) ?\d+$/.test(k)) return 'responden';
  if (/tertimbang/.test(k)) return 'nrr-tertimbang';
  if (/^(nrr|nilai rata rata|rata rata|nilai persepsi rata)/.test(k)) return 'nrr';
  if (/^(jumlah|total)/.test(k)) return 'jumlah';
  if (/^(ikm|nilai ikm|skm|nilai skm|indeks kepuasan|survei kepuasan|survey kepuasan)/.test(k)) return 'ikm';
  if (/^(mutu|kinerja unit)/.test(k)) return 'mutu';
  return 'lain';
}

interface SurveyLayout {
  /** The row of the unsur headers, and the first header row (the row above for a two-row header). */
  header: number;
  headerTop: number;
  unsur: Array<{ name: string; col: number }>;
  /** Columns left of the first unsur that hold the row label (No, Responden, Nama). */
  labelCols: number[];
  left: number;
  right: number;
}

function readLayout(sheet: SheetSnapshot, row: number, skip: CellRange[]): SurveyLayout | undefined {
  if (skip.some((r) => row >= r.top && row <= r.bottom)) return undefined;
  if (countTextMatches(sheet, row, MAYBE_UNSUR, MIN_UNSUR) < MIN_UNSUR) return undefined;
  const cells = sheet.rows[row] ?? [];
  const unsur: Array<{ name: string; col: number }> = [];
  for (let c = 0; c < cells.length; c++) {
    const t = cellText(sheet, row, c);
    if (t !== '' && isUnsurHeader(t)) unsur.push({ name: t, col: c });
  }
  if (unsur.length < MIN_UNSUR) return undefined;
  const first = unsur[0].col;
  const labelCols: number[] = [];
  for (let c = first - 1; c >= 0 && cellText(sheet, row, c) !== ''; c--) labelCols.unshift(c);
  // A two-row header: `No` merged down from the row above, `Unsur Pelayanan` spanning the U columns.
  const twoRows =
    labelCols.length === 0 && first > 0 && row > 0 && cellText(sheet, row - 1, first - 1) !== '';
  if (twoRows) labelCols.push(first - 1);
  const left = labelCols[0] ?? first;
  return {
    header: row,
    headerTop: twoRows ? row - 1 : row,
    unsur,
    labelCols,
    left,
    right: unsur[unsur.length - 1].col,
  };
}

function rowLabel(
  sheet: SheetSnapshot,
  layout: SurveyLayout,
  row: number,
): { text: string; col: number } | undefined {
  const cols = layout.labelCols.length > 0 ? layout.labelCols : [layout.left - 1].filter((c) => c >= 0);
  const parts = cols.map((c) => ({ text: cellText(sheet, row, c), col: c })).filter((p) => p.text !== '');
  if (parts.length === 0) return undefined;
  return { text: parts.map((p) => p.text).join(' '), col: parts[0].col };
}

/** One survey answer: the number read (blank → null), or null with the text kept when it is not a number. */
export function readSurveyAnswer(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  notes: Temuan[],
): SurveyAnswer {
  const ref = { sheet: sheet.name, row, col };
  const cell = cellAt(sheet, row, col);
  const reading = readNumber(cell?.value ?? null, 'angka', { numberFormat: cell?.numberFormat });
  if (reading.ok) {
    notes.push(...guessNotes(ref, cellText(sheet, row, col), reading));
    return { ref, value: reading.value.toNumber() };
  }
  const text = cellText(sheet, row, col);
  return text === '' ? { ref, value: null } : { ref, value: null, text };
}

/** The first number right of `col` on the row (a stated IKM next to its label), up to `right`. */
function numberRightOf(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  right: number,
  notes: Temuan[],
): StatedNumber | undefined {
  for (let c = col + 1; c <= right; c++) {
    const n = statedNumber(sheet, row, c, 'angka', notes);
    if (n !== undefined) return n;
    const t = cellText(sheet, row, c);
    if (t !== '' && t !== '=' && t !== ':') {
      notes.push(note(sheet.name, row, c, 'STR-02', 'peringatan', msg.nilaiSurveiBukanAngka('IKM', t)));
      return undefined;
    }
  }
  return undefined;
}

/** The first text right of `col` on the row (a stated mutu next to its label), up to `right`. */
function textRightOf(sheet: SheetSnapshot, row: number, col: number, right: number): StatedText | undefined {
  for (let c = col + 1; c <= right; c++) {
    const t = cellText(sheet, row, c);
    if (t !== '' && t !== '=' && t !== ':') return { ref: { sheet: sheet.name, row, col: c }, text: t };
  }
  return undefined;
}

/** Looks in a row for an IKM or mutu label anywhere from `left` and reads what stands right of it. */
function statedSummary(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  right: number,
  survey: SurveyTable,
  notes: Temuan[],
): boolean {
  let found = false;
  for (let c = left; c <= right; c++) {
    const t = cellText(sheet, row, c);
    if (t === '') continue;
    const kind = labelKind(t);
    if (kind === 'ikm' && survey.ikm === undefined) {
      const ikm = numberRightOf(sheet, row, c, right, notes);
      if (ikm !== undefined) survey.ikm = ikm;
      found = true;
    } else if (kind === 'mutu' && survey.mutu === undefined) {
      const mutu = textRightOf(sheet, row, c, right);
      if (mutu !== undefined) survey.mutu = mutu;
      found = true;
    }
  }
  return found;
}

function readSurvey(
  sheet: SheetSnapshot,
  layout: SurveyLayout,
  notes: Temuan[],
): { table?: SurveyTable; bottom: number } {
  const answers: SurveyAnswer[][] = [];
  let nrr: Array<StatedNumber | undefined> | undefined;
  let bottom = layout.header;
  const extent = rowExtent(sheet);
  const summaryRight = layout.right + 3;
  const survey: SurveyTable = {
    kind: 'skm',
    sheet: sheet.name,
    range: { top: layout.headerTop, left: layout.left, bottom: layout.header, right: layout.right },
    headerRange: { top: layout.headerTop, left: layout.left, bottom: layout.header, right: layout.right },
    style: 'lkjip',
    form: 'responden',
    unsur: layout.unsur,
    answers,
  };

  let r = layout.header + 1;
  for (; r < extent; r++) {
    if (isBlankRow(sheet, r, layout.left, summaryRight)) break;
    const label = rowLabel(sheet, layout, r);
    const kind = labelKind(label?.text ?? '');
    const unsurFilled = layout.unsur.some((u) => cellText(sheet, r, u.col) !== '');
    if (kind === 'responden' && unsurFilled) {
      answers.push(layout.unsur.map((u) => readSurveyAnswer(sheet, r, u.col, notes)));
    } else if (kind === 'nrr' && unsurFilled) {
      nrr = layout.unsur.map((u) => statedNumber(sheet, r, u.col, 'angka', notes));
    } else if (kind === 'nrr-tertimbang' || kind === 'jumlah') {
      // Stated sums and weighted NRRs follow from the answers; they are not read.
    } else if (statedSummary(sheet, r, layout.left, summaryRight, survey, notes)) {
      // The IKM or mutu stated inside the table.
    } else if (unsurFilled || label !== undefined) {
      notes.push(
        note(
          sheet.name,
          r,
          label?.col ?? layout.left,
          'STR-01',
          'peringatan',
          msg.barisSurveiTidakDikenal(label?.text ?? ''),
        ),
      );
    } else break;
    bottom = r;
  }
  for (let near = bottom + 1; near <= bottom + NEAR_ROWS && near < extent; near++) {
    if (survey.ikm !== undefined && survey.mutu !== undefined) break;
    if (statedSummary(sheet, near, Math.max(0, layout.left - 2), summaryRight, survey, notes)) bottom = near;
  }

  if (answers.length === 0 && nrr === undefined) return { bottom: layout.header };
  if (answers.length === 0) survey.form = 'nrr';
  if (nrr !== undefined) survey.nrr = nrr;
  survey.range = { ...survey.range, bottom };
  const title = titleAbove(sheet, layout.headerTop, layout.left, layout.right);
  if (title !== undefined) survey.title = title;
  return { table: survey, bottom };
}

/**
 * Finds every survey (SKM) table on a sheet: a header with at least three unsur columns (`U1`…`U9`,
 * `Unsur 1`…, or the nine unsur names of PermenPANRB 14/2017), then one row per respondent (answers read
 * as numbers; blank → null; text → null with the text kept), or only a row of NRR per unsur (form `nrr`),
 * or the transposed form (one row per unsur under `Unsur Pelayanan | NRR`, also form `nrr`).
 * A stated NRR row, IKM and mutu are read where present in or just under the table; sums and weighted
 * NRR rows are skipped. Canonical template tables are left to `recogniseTemplateTables`.
 * Example: a sheet `Responden | U1 … U9` with 10 respondents and rows `NRR`, `IKM 87,69`, `Mutu B` →
 * one table, form `responden`, 10 answer rows, nrr of 9, ikm 87.69, mutu `B`.
 */
export function recogniseSurveyTables(sheet: SheetSnapshot): { tables: SurveyTable[]; notes: Temuan[] } {
  const tables: SurveyTable[] = [];
  const notes: Temuan[] = [];
  const skip = templateTableRanges(sheet);
  const extent = rowExtent(sheet);
  for (let r = 0; r < extent; r++) {
    const tableNotes: Temuan[] = [];
    const layout = readLayout(sheet, r, skip);
    const read =
      layout !== undefined
        ? readSurvey(sheet, layout, tableNotes)
        : readTransposed(sheet, r, skip, tableNotes);
    if (read?.table === undefined) continue;
    tables.push(read.table);
    appendAll(notes, tableNotes);
    r = read.bottom;
  }
  return { tables, notes };
}

/**
 * The transposed NRR form many reports print: one row per unsur (`Unsur Pelayanan | NRR | NRR
 * Tertimbang`), then Jumlah, IKM and mutu rows. Read as form `nrr`; each unsur's `col` is the NRR column.
 */
function readTransposed(
  sheet: SheetSnapshot,
  row: number,
  skip: CellRange[],
  notes: Temuan[],
): { table?: SurveyTable; bottom: number } | undefined {
  if (skip.some((r) => row >= r.top && row <= r.bottom)) return undefined;
  if (countTextMatches(sheet, row, /^\s*(jenis\s+)?unsur/i) === 0) return undefined;
  const cells = sheet.rows[row] ?? [];
  let unsurCol: number | undefined;
  let nrrCol: number | undefined;
  for (let c = 0; c < cells.length; c++) {
    const k = nameKey(cellText(sheet, row, c));
    if (unsurCol === undefined && /^(unsur|unsur pelayanan|jenis unsur)$/.test(k)) unsurCol = c;
    else if (nrrCol === undefined && labelKind(k) === 'nrr') nrrCol = c;
  }
  if (unsurCol === undefined || nrrCol === undefined) return undefined;
  const unsur: Array<{ name: string; col: number }> = [];
  const nrr: Array<StatedNumber | undefined> = [];
  let r = row + 1;
  for (; r < rowExtent(sheet); r++) {
    const name = cellText(sheet, r, unsurCol);
    if (name === '' || !isUnsurHeader(name)) break;
    unsur.push({ name, col: nrrCol });
    nrr.push(statedNumber(sheet, r, nrrCol, 'angka', notes));
  }
  if (unsur.length < MIN_UNSUR) return undefined;
  const left = Math.min(
    unsurCol,
    nrrCol,
    ...[unsurCol - 1].filter((c) => c >= 0 && cellText(sheet, row, c) !== ''),
  );
  const right = Math.max(unsurCol, nrrCol, cells.length - 1);
  const survey: SurveyTable = {
    kind: 'skm',
    sheet: sheet.name,
    range: { top: row, left, bottom: r - 1, right },
    headerRange: { top: row, left, bottom: row, right },
    style: 'lkjip',
    form: 'nrr',
    unsur,
    answers: [],
    nrr,
  };
  let bottom = r - 1;
  for (let near = r; near <= r + NEAR_ROWS && near < rowExtent(sheet); near++) {
    if (survey.ikm !== undefined && survey.mutu !== undefined) break;
    if (statedSummary(sheet, near, left, right + 3, survey, notes)) bottom = near;
  }
  survey.range = { ...survey.range, bottom };
  const title = titleAbove(sheet, row, left, right);
  if (title !== undefined) survey.title = title;
  return { table: survey, bottom };
}
