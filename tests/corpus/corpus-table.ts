import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The transcriptions of real LKjIP tables in tests/fixtures/real (format: README.md there), as typed
 * objects, with where each row and cell lands on its sheet. Imports nothing from src/: the oracle that
 * reads these must stay independent of the engine it judges.
 */

export type CorpusKind = 'anggaran' | 'kinerja' | 'efisiensi' | 'skm';
export type RowTag =
  | 'title'
  | 'header'
  | 'numbers'
  | 'data'
  | 'continuation'
  | 'total'
  | 'average'
  | 'ikm'
  | 'mutu'
  | 'blank'
  | 'note';

export interface CorpusRow {
  tag: RowTag;
  cells?: Array<string | null>;
  level?: string;
  polaritas?: 'negatif' | 'positif';
}

export interface CorpusTable {
  id: string;
  unit: string;
  unitType: string;
  region: string;
  year: number;
  source: { title: string; url: string; table: string; page?: number; notes?: string };
  kind: CorpusKind;
  store: 'text' | 'number';
  decimalMark: ',' | '.';
  sheet: string;
  at: string;
  rows: CorpusRow[];
  merges?: string[];
  ikmWeights?: string;
  expect: { roles: Record<string, string | string[]> };
}

/** The repository's root: the nearest folder above this file with a package.json (also when compiled to lib-corpus/). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const CORPUS_DIR = join(repositoryRoot(), 'tests', 'fixtures', 'real');

/** Every transcription, sorted by id. */
export function loadCorpus(dir = CORPUS_DIR): CorpusTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusTable);
}

/** 0-based column of letters: `A` → 0, `AB` → 27. */
export function columnIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column of an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1.trim().toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** A row of a transcription with the sheet row it lands on. */
export interface PlacedRow extends CorpusRow {
  sheetRow: number;
  index: number;
}

/** The rows with their sheet rows, and the sheet column of the first cell. */
export function placeRows(t: CorpusTable): { rows: PlacedRow[]; left: number } {
  const at = parseAddress(t.at);
  return { rows: t.rows.map((r, i) => ({ ...r, sheetRow: at.row + i, index: i })), left: at.col };
}

/** The text of row `r` at sheet column `col` (null when empty). */
export function cellOf(r: CorpusRow, left: number, col: number): string | null {
  const v = r.cells?.[col - left];
  return v === undefined || v === null || v.trim() === '' ? null : v;
}

const TABLE_TAGS: ReadonlySet<RowTag> = new Set([
  'header',
  'numbers',
  'data',
  'continuation',
  'total',
  'average',
  'ikm',
  'mutu',
]);

/**
 * The range the table occupies: from the first header row to the last row of the table (data, total,
 * average, a survey's IKM and mutu lines) before the notes under it (`Sumber: …`, `Keterangan`), across
 * every column that any of those rows fills.
 */
export function expectedRange(t: CorpusTable): { top: number; left: number; bottom: number; right: number } {
  const { rows, left } = placeRows(t);
  const first = rows.findIndex((r) => r.tag === 'header');
  const firstNote = rows.findIndex((r, i) => i > first && r.tag === 'note');
  const inTable = rows.filter((r) => TABLE_TAGS.has(r.tag) && (firstNote < 0 || r.index < firstNote));
  const lastIndex = Math.max(...inTable.map((r) => r.index));
  let lo = Number.MAX_SAFE_INTEGER;
  let hi = -1;
  for (const r of rows.slice(first, lastIndex + 1)) {
    if (!TABLE_TAGS.has(r.tag)) continue;
    (r.cells ?? []).forEach((c, j) => {
      if (c === null || c.trim() === '') return;
      lo = Math.min(lo, left + j);
      hi = Math.max(hi, left + j);
    });
  }
  return { top: rows[first].sheetRow, left: lo, bottom: rows[lastIndex].sheetRow, right: hi };
}
