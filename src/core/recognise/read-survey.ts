import { cellAt, rowExtent, type SheetSnapshot } from '../snapshot';
import { nameKey } from '../text';
import type { Temuan } from '../temuan';
import type { TableContext, UnplacedRow } from '../model/roles';
import type { StatedNumber, StatedText } from '../model/source';
import type { SurveyAnswer, SurveyTable } from '../model/survey';
import { readNumber } from '../numbers/read-number';
import { PESAN_PENGENALAN as msg } from '../messages/recognise';
import { cellText, note, readCellNumber, readOptions, rowCells, rowCellText, statedNumber } from './cells';
import type { ClassifiedTable } from './classify-table';
import { readHeaderWord } from './header-words';

/**
 * Reading a survey (SKM) table (DESIGN.md §5): respondents × unsur (one row per respondent, answers
 * 1–4), one row of NRR per unsur across the page, or a list with one row per unsur (`Unsur Pelayanan |
 * NRR`, or `No | Unsur | Nilai` with the standard unsur names). A stated NRR row, IKM and mutu are read
 * in or just under the table; sums and weighted NRR rows are skipped. Fewer than nine unsur is said.
 */

/** Rows below a table searched for a stated IKM and mutu. */
const NEAR_ROWS = 6;

/** Whether a header text names an unsur: `U1`, `U 1`, `Unsur 1`, or one of the unsur names. */
export function isUnsurHeader(text: string): boolean {
  return readHeaderWord(text).concept === 'unsur';
}

type RowKind = 'nrr' | 'nrr-tertimbang' | 'jumlah' | 'ikm' | 'mutu' | 'responden' | 'lain';

// The patterns every row's label is tried on, made once: a regular expression literal is a new object
// each time it is evaluated.
const RESPONDENT_NUMBER = /^\d+$/;
const RESPONDENT_LABEL = /^(r|responden|resp) ?\d+$/;
const WEIGHTED = /tertimbang/;
const NRR_LABEL = /^(nrr|nilai rata rata|rata rata|nilai persepsi rata)/;
const SUM_LABEL = /^(jumlah|total|nilai unsur|jumlah nilai)/;
const IKM_LABEL =
  /^(ikm|nilai ikm|skm|nilai skm|indeks kepuasan|survei kepuasan|survey kepuasan|nilai indeks)/;
const MUTU_LABEL = /^(mutu|kinerja unit|kriteria ikm|kategori)/;

/** What a row's label says it is: a stated NRR, a sum, the IKM, the mutu, or a respondent. */
function labelKind(label: string): RowKind {
  const k = nameKey(label);
  if (k === '' || RESPONDENT_NUMBER.test(k) || RESPONDENT_LABEL.test(k)) return 'responden';
  if (WEIGHTED.test(k)) return 'nrr-tertimbang';
  if (NRR_LABEL.test(k)) return 'nrr';
  if (SUM_LABEL.test(k)) return 'jumlah';
  if (IKM_LABEL.test(k)) return 'ikm';
  if (MUTU_LABEL.test(k)) return 'mutu';
  return 'lain';
}

/** One survey answer: the number read (blank → null), or null with the text kept when it is not a number. */
export function readSurveyAnswer(sheet: SheetSnapshot, row: number, col: number): SurveyAnswer {
  const ref = { sheet: sheet.name, row, col };
  const cell = cellAt(sheet, row, col);
  const value = cell?.value ?? null;
  // Answers repeat (1 to 4): a number's reading is kept and shared.
  const reading =
    typeof value === 'number'
      ? readCellNumber(value, 'angka', cell?.numberFormat)
      : readNumber(value, 'angka', readOptions(cell?.numberFormat));
  if (reading.ok) return { ref, value: reading.value.toNumber() };
  const text = cellText(sheet, row, col);
  return text === '' ? { ref, value: null } : { ref, value: null, text };
}

/**
 * The stated IKM right of `col` on the row, up to `right`: the first number in the IKM's range (25–100),
 * else the first number (a row "NILAI IKM | 3,69 | 92,25" states the mean NRR, then the IKM).
 */
function numberRightOf(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  right: number,
  notes: Temuan[],
): StatedNumber | undefined {
  let first: StatedNumber | undefined;
  for (let c = col + 1; c <= right; c++) {
    const n = statedNumber(sheet, row, c, 'angka');
    if (n !== undefined && n.value.gte(25) && n.value.lte(100)) return n;
    if (n !== undefined) {
      first ??= n;
      continue;
    }
    if (first !== undefined) continue;
    const t = cellText(sheet, row, c);
    if (t !== '' && t !== '=' && t !== ':') {
      notes.push(note(sheet.name, row, c, 'STR-02', 'peringatan', msg.nilaiSurveiBukanAngka('IKM', t)));
      return undefined;
    }
  }
  return first;
}

/** The first text right of `col` on the row (a stated mutu next to its label), up to `right`. */
function textRightOf(sheet: SheetSnapshot, row: number, col: number, right: number): StatedText | undefined {
  for (let c = col + 1; c <= right; c++) {
    const t = cellText(sheet, row, c);
    if (t !== '' && t !== '=' && t !== ':') return { ref: { sheet: sheet.name, row, col: c }, text: t };
  }
  return undefined;
}

/**
 * Looks in a row for an IKM or mutu label from `left` and reads what stands right of it — in the value
 * column `valueCol` when that holds something, else the first thing to the right.
 */
function statedSummary(
  sheet: SheetSnapshot,
  row: number,
  left: number,
  right: number,
  survey: SurveyTable,
  notes: Temuan[],
  valueCol?: number,
): boolean {
  let found = false;
  for (let c = left; c <= right; c++) {
    const t = cellText(sheet, row, c);
    if (t === '') continue;
    const kind = labelKind(t);
    const inValue = valueCol !== undefined && valueCol > c && cellText(sheet, row, valueCol) !== '';
    if (kind === 'ikm' && survey.ikm === undefined) {
      const inColumn = inValue ? statedNumber(sheet, row, valueCol, 'angka') : undefined;
      const ikm =
        inColumn !== undefined && inColumn.value.gte(25)
          ? inColumn
          : numberRightOf(sheet, row, c, right, notes);
      if (ikm !== undefined) {
        survey.ikm = ikm;
        found = true;
      }
    } else if (kind === 'mutu' && survey.mutu === undefined) {
      const mutu = inValue
        ? { ref: { sheet: sheet.name, row, col: valueCol }, text: cellText(sheet, row, valueCol) }
        : textRightOf(sheet, row, c, right);
      if (mutu !== undefined) {
        survey.mutu = mutu;
        found = true;
      }
    }
    // Only the row's label (its first text) can say it is the IKM or the mutu.
    break;
  }
  return found;
}

function emptySurvey(c: ClassifiedTable, context: TableContext): SurveyTable {
  const { scanned } = c;
  const range = {
    top: scanned.top,
    left: scanned.left,
    bottom: scanned.numberRow ?? scanned.headerBottom,
    right: scanned.right,
  };
  const survey: SurveyTable = {
    kind: 'skm',
    sheet: scanned.sheet.name,
    range,
    headerRange: { ...range },
    style: 'lkjip',
    roles: c.roles,
    context,
    unplaced: [],
    form: 'responden',
    unsur: [],
    answers: [],
  };
  if (context.title !== undefined) survey.title = context.title;
  return survey;
}

/** Respondents or one NRR row across the page: one column per unsur. */
function readAcross(c: ClassifiedTable, survey: SurveyTable, notes: Temuan[]): number {
  const { scanned } = c;
  const sheet = scanned.sheet;
  const unsurCols = c.roles
    .filter((r) => r.role === 'unsur')
    .map((r) => r.col)
    .sort((a, b) => a - b);
  survey.unsur = unsurCols.map((col) => {
    const column = scanned.columns.find((x) => x.col === col);
    const texts = column?.texts ?? [];
    return { name: texts[texts.length - 1] ?? '', col };
  });
  const first = unsurCols[0];
  const labelCols: number[] = [];
  for (let col = scanned.left; col < first; col++) labelCols.push(col);
  const summaryRight = scanned.right + 3;
  let nrr: Array<StatedNumber | undefined> | undefined;
  let bottom = survey.range.bottom;
  const unplaced: UnplacedRow[] = survey.unplaced;
  // Indexed loops without callbacks or part objects: every respondent's row is read here.
  for (let i = 0; i < scanned.body.length; i++) {
    const r = scanned.body[i];
    // The label: the texts left of the unsur, joined.
    let labelText: string | undefined;
    let labelCol = scanned.left;
    for (let k = 0; k < labelCols.length; k++) {
      const t = cellText(sheet, r, labelCols[k]);
      if (t === '') continue;
      if (labelText === undefined) {
        labelText = t;
        labelCol = labelCols[k];
      } else labelText += ` ${t}`;
    }
    const label = labelText === undefined ? undefined : { text: labelText, col: labelCol };
    const kind = labelKind(labelText ?? '');
    let filled = false;
    for (let k = 0; k < unsurCols.length && !filled; k++) filled = cellText(sheet, r, unsurCols[k]) !== '';
    if (kind === 'responden' && filled)
      survey.answers.push(unsurCols.map((col) => readSurveyAnswer(sheet, r, col)));
    else if (kind === 'nrr' && filled) nrr = unsurCols.map((col) => statedNumber(sheet, r, col, 'angka'));
    else if (kind === 'nrr-tertimbang' || kind === 'jumlah') {
      // Sums and weighted NRRs follow from the answers; they are not read.
    } else if (statedSummary(sheet, r, scanned.left, summaryRight, survey, notes)) {
      // The IKM or mutu stated inside the table.
    } else if (filled || label !== undefined) {
      const reason = msg.barisSurveiTidakDikenal(label?.text ?? '');
      notes.push(note(sheet.name, r, label?.col ?? scanned.left, 'STR-01', 'peringatan', reason));
      const figures = unsurCols.some(
        (col) => typeof sheet.rows[r]?.[col]?.value === 'number' || /^\d/.test(cellText(sheet, r, col)),
      );
      unplaced.push({
        row: r,
        ref: { sheet: sheet.name, row: r, col: label?.col ?? scanned.left },
        reason,
        hasFigures: figures,
      });
      continue;
    } else continue;
    bottom = r;
  }
  if (survey.answers.length === 0) survey.form = 'nrr';
  if (nrr !== undefined) survey.nrr = nrr;
  return bottom;
}

/** One row per unsur: the unsur column and its NRR (or "Nilai") column. */
function readList(c: ClassifiedTable, survey: SurveyTable, notes: Temuan[]): number {
  const { scanned } = c;
  const sheet = scanned.sheet;
  const unsurCol = c.columnOf.unsur as number;
  const nrrCol = c.columnOf.nrr;
  survey.form = 'nrr';
  const nrr: Array<StatedNumber | undefined> = [];
  let bottom = survey.range.bottom;
  for (const r of scanned.body) {
    const name = cellText(sheet, r, unsurCol);
    const label = name !== '' ? name : cellText(sheet, r, c.columnOf.numbering ?? scanned.left);
    const kind = labelKind(label);
    // The list ends with its IKM (and mutu) lines: what follows ("JUMLAH RESPONDEN = 200") is no unsur.
    if (survey.ikm !== undefined && kind !== 'mutu') break;
    if (kind === 'ikm' || kind === 'mutu') {
      statedSummary(sheet, r, scanned.left, scanned.right + 3, survey, notes, nrrCol);
      bottom = r;
      continue;
    }
    if (kind === 'nrr-tertimbang' || kind === 'jumlah' || kind === 'nrr') {
      bottom = r;
      continue;
    }
    if (name === '') continue;
    survey.unsur.push({ name, col: nrrCol ?? unsurCol });
    nrr.push(statedNumber(sheet, r, nrrCol, 'angka'));
    bottom = r;
  }
  survey.nrr = nrr;
  return bottom;
}

/** Reads a classified survey table; undefined when it holds neither answers nor NRR. */
export function readSurveyTable(
  c: ClassifiedTable,
  context: TableContext,
  notes: Temuan[],
): SurveyTable | undefined {
  const { scanned } = c;
  const sheet = scanned.sheet;
  const survey = emptySurvey(c, context);
  const across = c.roles.filter((r) => r.role === 'unsur').length >= 3;
  let bottom = across ? readAcross(c, survey, notes) : readList(c, survey, notes);
  const valueCol = across ? undefined : c.columnOf.nrr;
  // The IKM and mutu may stand just under the table, after a blank row; anything else there ends the search.
  for (let near = bottom + 1; near <= bottom + NEAR_ROWS && near < rowExtent(sheet); near++) {
    if (survey.ikm !== undefined && survey.mutu !== undefined) break;
    if (rowCells(sheet, near, Math.max(0, scanned.left - 2), scanned.right + 3).length === 0) continue;
    if (
      !statedSummary(sheet, near, Math.max(0, scanned.left - 2), scanned.right + 3, survey, notes, valueCol)
    )
      break;
    bottom = near;
  }
  // The table reaches right of its header where a row has a cell filled beyond it: only those columns
  // are looked at, the last filled one first.
  let right = scanned.right;
  for (let r = scanned.top; r <= bottom; r++) {
    const cells = sheet.rows[r];
    if (cells === undefined) continue;
    for (let c = Math.min(scanned.right + 3, cells.length - 1); c > right; c--) {
      const cell = cells[c];
      if (cell !== undefined && rowCellText(cell.value) !== '') {
        right = c;
        break;
      }
    }
  }
  if (survey.answers.length === 0 && (survey.nrr === undefined || survey.nrr.every((n) => n === undefined)))
    return undefined;
  survey.range = { ...survey.range, bottom, right };
  const count = survey.unsur.length;
  if (count < 9)
    notes.push(note(sheet.name, scanned.top, scanned.left, 'STR-02', 'info', msg.surveiKurangUnsur(count)));
  else if (count > 9)
    notes.push(note(sheet.name, scanned.top, scanned.left, 'STR-02', 'info', msg.surveiUnsurLama(count)));
  return survey;
}
