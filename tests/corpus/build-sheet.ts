import type { CellRange, SheetSnapshot, SnapshotCell } from '../../src/core/snapshot';
import { cellOf, columnIndex, parseAddress, placeRows, type CorpusTable } from './corpus-table';
import { approx } from './exact';
import { readPrinted, type PrintedKind } from './printed-number';

/**
 * A transcription as the sheet a staff member would have: every value a string as printed (`store`
 * `text`, pasted from Word or PDF), or figures typed as Excel numbers with the number formats Excel
 * gives them (`store` `number`): Rupiah as whole numbers shown `#,##0`, percentages as fractions shown
 * `0.00%`, plain targets as numbers; a figure with a unit word (`82 Nilai`) stays text, as Excel keeps it.
 */

const RUPIAH_ROLES = new Set(['pagu', 'realisasiAnggaran', 'sisa']);
const PERSEN_ROLES = new Set([
  'capaian',
  'capaianAnggaran',
  'efisiensi',
  'capaianLalu',
  'kemajuan',
  'perbandinganStandar',
]);
const ANGKA_ROLES = new Set([
  'target',
  'realisasi',
  'targetLalu',
  'realisasiLalu',
  'targetAkhir',
  'standarNasional',
  'nrr',
  'nrrTertimbang',
]);

function kindOfColumn(t: CorpusTable, col: number): PrintedKind | undefined {
  for (const [role, letters] of Object.entries(t.expect.roles)) {
    const cols = (Array.isArray(letters) ? letters : [letters]).map(columnIndex);
    if (!cols.includes(col)) continue;
    if (role === 'realisasi' && t.kind === 'anggaran') return 'rupiah';
    if (RUPIAH_ROLES.has(role)) return 'rupiah';
    if (PERSEN_ROLES.has(role)) return 'persen';
    if (ANGKA_ROLES.has(role) || role === 'unsur') return 'angka';
  }
  return undefined;
}

function formatFor(decimals: number, percent: boolean): string {
  const places = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return percent ? `0${places}%` : `#,##0${places}`;
}

/** The cell a typed value becomes: a number with its format, or the text itself. */
function typed(t: CorpusTable, text: string, col: number, tag: string): SnapshotCell {
  if (
    /^\d{1,4}$/.test(text.trim()) &&
    (tag === 'numbers' || tag === 'header' || kindOfColumn(t, col) === undefined)
  ) {
    return { value: Number(text.trim()) };
  }
  const kind =
    tag === 'data' || tag === 'total' || tag === 'average' || tag === 'ikm'
      ? kindOfColumn(t, col)
      : undefined;
  if (kind === undefined) {
    if (tag === 'ikm') {
      const p = readPrinted(text, t.decimalMark, 'angka');
      if (p !== undefined && p.unit === undefined && !p.percent)
        return { value: approx(p.value), numberFormat: formatFor(p.decimals, false) };
    }
    return { value: text };
  }
  const p = readPrinted(text, t.decimalMark, kind);
  if (p === undefined || (p.unit !== undefined && p.unit !== '%')) return { value: text };
  if (kind === 'persen' || p.percent) {
    const fraction = approx(p.value) / 100;
    return { value: Number(fraction.toPrecision(15)), numberFormat: formatFor(p.decimals, true) };
  }
  return { value: approx(p.value), numberFormat: formatFor(p.decimals, false) };
}

function range(a1: string): CellRange {
  const [a, b = a] = a1.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The sheet of one transcription, in its declared storage (or the one given). */
export function buildSheet(t: CorpusTable, store: 'text' | 'number' = t.store): SheetSnapshot {
  const { rows, left } = placeRows(t);
  const out: SheetSnapshot['rows'] = [];
  for (const r of rows) {
    const cells: Array<SnapshotCell | undefined> = [];
    let any = false;
    (r.cells ?? []).forEach((_, j) => {
      const text = cellOf(r, left, left + j);
      if (text === null) return;
      cells[left + j] = store === 'text' ? { value: text } : typed(t, text, left + j, r.tag);
      any = true;
    });
    if (any) out[r.sheetRow] = cells;
  }
  return {
    name: t.sheet,
    rows: out,
    merges: (t.merges ?? []).map(range),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
}
