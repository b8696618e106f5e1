import { perObject } from '../memo';
import type { BudgetLevel, BudgetTable } from '../model/budget';
import type { EfficiencyTable } from '../model/efficiency';
import type { StatedNumber, StatedText } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import { NAMA_TINGKAT_ANGGARAN } from '../messages/temuan';

/**
 * A line that states pagu, realisasi and capaian (and perhaps sisa): every node of a budget table, its
 * JUMLAH row, its closing rows and its unplaced rows, and the budget side of each row of an efficiency
 * table. The common shape lets ANG-02,
 * ANG-03 and ANG-06 treat them alike; a table's nodes are lines as they are.
 */
export interface BudgetLine {
  /** The level of a table's node; none for the total and the other rows (`baris`, see tingkatOf). */
  readonly level?: BudgetLevel;
  readonly name: string;
  readonly pagu?: StatedNumber;
  readonly realisasi?: StatedNumber;
  readonly capaian?: StatedNumber;
  readonly sisa?: StatedNumber;
  /** Positions (in the returned array) of the line's direct children; the total's are the programs. */
  readonly children: number[];
}

/** Every node of the table, then its JUMLAH row when it has one (built once per table: ANG-02 and ANG-03 both ask). */
export const budgetLines: (table: BudgetTable) => BudgetLine[] = perObject(linesOf);

/** Indonesian level word of a line for messages: `kegiatan`, or `baris` for the total and other rows. */
export function tingkatOf(line: BudgetLine): string {
  return line.level === undefined ? 'baris' : NAMA_TINGKAT_ANGGARAN[line.level];
}

function linesOf(table: BudgetTable): BudgetLine[] {
  const lines: BudgetLine[] = table.nodes.slice();
  if (table.total !== undefined) {
    const label: StatedText = table.total.label;
    lines.push({
      name: label.text,
      pagu: table.total.pagu,
      realisasi: table.total.realisasi,
      capaian: table.total.capaian,
      sisa: table.total.sisa,
      children: table.roots,
    });
  }
  // Rows left out of the tree are checked on their own figures; they have no children and enter no sum.
  for (const row of table.unplaced)
    if (row.figures !== undefined)
      lines.push({
        name: row.figures.name,
        pagu: row.figures.pagu,
        realisasi: row.figures.realisasi,
        capaian: row.figures.capaian,
        sisa: row.figures.sisa,
        children: [],
      });
  for (const row of table.closing ?? [])
    lines.push({
      name: row.label.text,
      pagu: row.pagu,
      realisasi: row.realisasi,
      capaian: row.capaian,
      sisa: row.sisa,
      children: [],
    });
  return lines;
}

/** The budget side of an efficiency table's rows (pagu, realisasi anggaran, capaian anggaran, sisa). */
function efficiencyLines(table: EfficiencyTable): BudgetLine[] {
  const lines: BudgetLine[] = table.rows.map((r) => ({
    name: r.name.text !== '' ? r.name.text : (r.indikator?.text ?? ''),
    pagu: r.pagu,
    realisasi: r.realisasiAnggaran,
    capaian: r.capaianAnggaran,
    sisa: r.sisa,
    children: [],
  }));
  if (table.total !== undefined)
    lines.push({
      name: table.total.label.text,
      pagu: table.total.pagu,
      realisasi: table.total.realisasiAnggaran,
      capaian: table.total.capaianAnggaran,
      children: table.rows.map((_, i) => i),
    });
  return lines;
}

/** The lines of every table that states a budget: budget tables and efficiency tables. */
export function allBudgetLines(model: WorkbookModel): BudgetLine[][] {
  return [...model.budgets.map(budgetLines), ...model.efficiencies.map(efficiencyLines)];
}
