import type { CellRange } from '../snapshot';
import type { CellRef, StatedNumber, StatedText } from './source';
import type { ColumnRole, TableContext, UnplacedRow } from './roles';

/** One answer cell of a survey: the value read (1–4 expected) or null when blank. */
export interface SurveyAnswer {
  ref: CellRef;
  /** Numeric answer as read; may be out of range (the formulas report that), null when blank. */
  value: number | null;
  /** The cell's text when it held something that is not a number. */
  text?: string;
}

/** A recognised SKM (survey) table: respondents × unsur, or a row of NRR per unsur. */
export interface SurveyTable {
  kind: 'skm';
  sheet: string;
  range: CellRange;
  headerRange: CellRange;
  style: 'lkjip' | 'template';
  title?: string;
  roles: ColumnRole[];
  context: TableContext;
  unplaced: UnplacedRow[];
  form: 'responden' | 'nrr';
  /** Unsur headers in column order (`U1` … `U9`, or their names). */
  unsur: Array<{ name: string; col: number }>;
  /** Respondent rows (form `responden`): one array per respondent, one answer per unsur. */
  answers: SurveyAnswer[][];
  /** NRR per unsur as stated (form `nrr`, or a stated NRR row under the respondents). */
  nrr?: Array<StatedNumber | undefined>;
  /** A stated IKM and mutu, where present near the table. */
  ikm?: StatedNumber;
  mutu?: StatedText;
}
