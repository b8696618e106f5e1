/**
 * The shared layout of Tabel 3.8 and 3.10: the budget tree with clean numbering (I / 1 / 1) / -),
 * leaves as the user's figures, every shown parent as SUM of its shown children, capaian per row and
 * a JUMLAH row over the programs. A tree so wide that such a SUM would pass Excel's 8 192 characters
 * (the JUMLAH of a regency's thousand programs) has every parent and the JUMLAH as SUBTOTAL(9, …) over
 * the rows beneath instead: SUBTOTAL leaves out the SUBTOTALs inside its range, so each one adds up the
 * leaves under it, the same amount in a formula of constant length.
 */
import type { BudgetLevel, BudgetTable } from '../model/budget';
import type { PlanCell, PlanStyle, TableId } from './sheet-plan';
import { FORMAT, PlanGrid, ref, type HeaderColumn, type Planned, type SheetLayout } from './layout';
import { toRoman } from '../roman';
import {
  capaianAnggaranFormula,
  capaianAnggaranRows,
  MAX_FORMULA_LENGTH,
  subtotalFormula,
  sumFormula,
} from './excel-formulas';
import { leafFigure, tableLocation } from './sources';
import { BARIS, CATATAN, KOLOM } from '../messages/susun';

export interface BudgetSheetOptions {
  table: TableId;
  /** Levels shown; a shown node none of whose children is shown is a leaf of the sheet. */
  levels: readonly BudgetLevel[];
  uraianLabel: string;
  unitLine?: string;
  /** Notes under the table after the source line. */
  notes: string[];
}

const LEVEL_STYLE: Record<BudgetLevel, PlanStyle> = {
  program: 'program',
  kegiatan: 'kegiatan',
  subkegiatan: 'subkegiatan',
  rekening: 'rekening',
};

/** Clean numbering marker of the n-th (1-based) node of a level among its siblings. */
function budgetMarker(level: BudgetLevel, n: number): string {
  switch (level) {
    case 'program':
      return toRoman(n);
    case 'kegiatan':
      return String(n);
    case 'subkegiatan':
      return `${n})`;
    default:
      return '-';
  }
}

/** How many nodes of each level came so far among some siblings, for their markers. */
function levelCounters(): Record<BudgetLevel, number> {
  return { program: 0, kegiatan: 0, subkegiatan: 0, rekening: 0 };
}

/** Where a budget sheet put its columns and the budget tree's rows. */
export interface BudgetLayout extends SheetLayout {
  /** Columns (0-based); `kode` only where the source has budget codes. */
  columns: { no: number; kode?: number; uraian: number; pagu: number; realisasi: number; capaian: number };
  /** Sheet row of each node by its index in the source's `nodes`, -1 for a node not shown. */
  rowOf: Int32Array;
  /** Rows of the shown top-level nodes (the programs), in order, with the node each shows. */
  programs: Array<{ row: number; node: number }>;
  jumlahRow: number;
}

/** Plans a budget sheet (Tabel 3.8 or 3.10) from a recognised budget table, with its layout. */
export function planBudgetSheet(source: BudgetTable, opts: BudgetSheetOptions): Planned<BudgetLayout> {
  const hasCode = source.nodes.some((n) => n.code !== undefined && opts.levels.includes(n.level));
  const columns: HeaderColumn[] = [{ label: KOLOM.no, width: 6 }];
  if (hasCode) columns.push({ label: KOLOM.kode, width: 18 });
  columns.push(
    { label: opts.uraianLabel, width: 62 },
    { label: KOLOM.pagu, width: 18 },
    { label: KOLOM.realisasiRp, width: 18 },
    { label: KOLOM.capaianPersen, width: 11 },
  );
  const col = {
    no: 0,
    kode: 1,
    uraian: hasCode ? 2 : 1,
    pagu: hasCode ? 3 : 2,
    realisasi: hasCode ? 4 : 3,
    capaian: hasCode ? 5 : 4,
  };

  const grid = new PlanGrid(opts.table, columns);
  grid.addTitle(opts.unitLine);
  grid.addHeader();

  const shown = new Set(opts.levels);
  // An array by node index rather than a Map: it is set once for every node of the tree.
  const rowOf = new Int32Array(source.nodes.length).fill(-1);
  // Each shown parent's figure cells get their formula once the whole tree is laid out and it is known
  // whether every SUM fits.
  const parents: Array<{
    row: number;
    lastRow: number;
    kidRows: number[];
    pagu: PlanCell;
    realisasi: PlanCell;
  }> = [];
  const capaianAt = capaianAnggaranRows(col.pagu, col.realisasi);
  // Every rekening is numbered `-`: their rows share one cell rather than hold one each.
  const rekeningNo: PlanCell = { value: budgetMarker('rekening', 0), style: LEVEL_STYLE.rekening };
  const emit = (index: number, depth: number, marker: string): number => {
    const node = source.nodes[index];
    const style = LEVEL_STYLE[node.level];
    const row = grid.reserveRow(depth);
    rowOf[index] = row;

    // Allocated at the first shown child: most nodes are leaves.
    let kidRows: number[] | undefined;
    if (node.children.length > 0) {
      const counters = levelCounters();
      for (const c of node.children) {
        const level = source.nodes[c].level;
        if (shown.has(level))
          (kidRows ??= []).push(emit(c, depth + 1, budgetMarker(level, ++counters[level])));
      }
    }
    let pagu: PlanCell;
    let realisasi: PlanCell;
    if (kidRows) {
      pagu = { formula: '', numberFormat: FORMAT.rupiah, style };
      realisasi = { formula: '', numberFormat: FORMAT.rupiah, style };
      parents.push({ row, lastRow: grid.row - 1, kidRows, pagu, realisasi });
    } else {
      pagu = { value: leafFigure(source, index, 'pagu'), numberFormat: FORMAT.rupiah, style };
      realisasi = { value: leafFigure(source, index, 'realisasi'), numberFormat: FORMAT.rupiah, style };
    }
    const capaian: PlanCell = { formula: capaianAt(row), numberFormat: FORMAT.persen, style };
    const no: PlanCell = node.level === 'rekening' ? rekeningNo : { value: marker, style };
    const uraian: PlanCell = { value: node.name, style };
    grid.fillRow(
      row,
      hasCode
        ? [no, { value: node.code ?? null, style }, uraian, pagu, realisasi, capaian]
        : [no, uraian, pagu, realisasi, capaian],
    );
    return row;
  };

  const programs: BudgetLayout['programs'] = [];
  const firstRow = grid.row;
  const counters = levelCounters();
  for (const r of source.roots) {
    const level = source.nodes[r].level;
    if (shown.has(level)) programs.push({ row: emit(r, 0, budgetMarker(level, ++counters[level])), node: r });
  }
  const programRows = programs.map((p) => p.row);

  const total = grid.addRow([], 0);
  grid.set(total, col.no, { value: BARIS.jumlah, style: 'jumlah' });
  for (let c = 1; c < col.pagu; c++) grid.set(total, c, { style: 'jumlah' });
  grid.merge(total, col.no, total, col.uraian);
  const totals = [col.pagu, col.realisasi].map((c) => {
    const cell: PlanCell = { formula: '0', numberFormat: FORMAT.rupiah, style: 'jumlah' };
    grid.set(total, c, cell);
    return { c, cell };
  });
  // SUM where every one fits in a formula, else SUBTOTAL for every parent and the JUMLAH; the JUMLAH
  // over all programs is the likeliest too long, so it is tried first.
  const fits = (formula: string) => formula.length <= MAX_FORMULA_LENGTH;
  const totalSums = totals.map(({ c }) => sumFormula(c, programRows));
  let useSum = programRows.length === 0 || totalSums.every(fits);
  for (const p of useSum ? parents : []) {
    p.pagu.formula = sumFormula(col.pagu, p.kidRows);
    p.realisasi.formula = sumFormula(col.realisasi, p.kidRows);
    if (!fits(p.pagu.formula) || !fits(p.realisasi.formula)) {
      useSum = false;
      break;
    }
  }
  if (!useSum) {
    for (const p of parents) {
      p.pagu.formula = subtotalFormula(col.pagu, p.row + 1, p.lastRow);
      p.realisasi.formula = subtotalFormula(col.realisasi, p.row + 1, p.lastRow);
    }
  }
  if (programRows.length > 0) {
    totals.forEach(({ c, cell }, k) => {
      cell.formula = useSum ? totalSums[k] : subtotalFormula(c, firstRow, total - 1);
    });
  }
  grid.set(total, col.capaian, {
    formula: capaianAnggaranFormula(ref(total, col.pagu), ref(total, col.realisasi)),
    numberFormat: FORMAT.persen,
    style: 'jumlah',
  });

  grid.skip();
  const loc = tableLocation(source);
  grid.addNote(CATATAN.sumber(loc.sheet, loc.range));
  for (const note of opts.notes) grid.addNote(note);
  grid.addNote(CATATAN.capaianAnggaran);
  const { no, uraian, pagu, realisasi, capaian } = col;
  return {
    plan: grid.toPlan(),
    layout: {
      ...grid.layout(),
      columns: hasCode ? col : { no, uraian, pagu, realisasi, capaian },
      rowOf,
      programs,
      jumlahRow: total,
    },
  };
}
