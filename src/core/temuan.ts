/** Severity of a finding: galat (error), peringatan (warning), info. */
export type Severity = 'galat' | 'peringatan' | 'info';

/**
 * Rule ids of DESIGN.md §7, plus structure notes of recognition:
 * STR-01 a row that could not be placed in its table, STR-02 an ambiguous or missing header,
 * STR-03 a table that was found but could not be read (the reason is in the message).
 */
export type RuleId =
  | 'ANG-01'
  | 'ANG-02'
  | 'ANG-03'
  | 'ANG-04'
  | 'ANG-05'
  | 'ANG-06'
  | 'NUM-01'
  | 'NUM-02'
  | 'NUM-03'
  | 'NUM-04'
  | 'KIN-01'
  | 'KIN-02'
  | 'KIN-03'
  | 'KIN-04'
  | 'KIN-05'
  | 'EFI-01'
  | 'IKM-01'
  | 'IKM-02'
  | 'XTB-01'
  | 'NAM-01'
  | 'STR-01'
  | 'STR-02'
  | 'STR-03';

/** One finding, pointing at the cell that holds the wrong figure. */
export interface Temuan {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell, e.g. `D12`. */
  cell: string;
  /** 0-based position of the cell, for ordering and selection. */
  row: number;
  col: number;
  /** Indonesian message, from the messages catalogue. */
  message: string;
  /** Expected and actual values formatted in id-ID (`2.702.337.210`, `79,41%`), when they apply. */
  expected?: string;
  actual?: string;
}

export interface TemuanSummary {
  galat: number;
  peringatan: number;
  info: number;
}
