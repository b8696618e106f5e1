import { perObject } from '../memo';
import type { BudgetNode, BudgetTable } from '../model/budget';
import type { StatedNumber, StatedText } from '../model/source';
import { NAMA_TINGKAT_ANGGARAN } from '../messages/temuan';

/**
 * A line of a budget table that states pagu, realisasi and capaian: every node, and the JUMLAH row.
 * The common shape lets ANG-02 and ANG-03 treat the total like any other line.
 */
export interface BudgetLine {
  /** Indonesian level word (`kegiatan`) or `baris` for the total. */
  tingkat: string;
  name: string;
  pagu?: StatedNumber;
  realisasi?: StatedNumber;
  capaian?: StatedNumber;
  /** Positions (in the returned array) of the line's direct children; the total's are the programs. */
  children: number[];
}

/** Every node of the table, then its JUMLAH row when it has one (built once per table: ANG-02 and ANG-03 both ask). */
export const budgetLines: (table: BudgetTable) => BudgetLine[] = perObject(linesOf);

function linesOf(table: BudgetTable): BudgetLine[] {
  const lines: BudgetLine[] = table.nodes.map((n: BudgetNode) => ({
    tingkat: NAMA_TINGKAT_ANGGARAN[n.level],
    name: n.name,
    pagu: n.pagu,
    realisasi: n.realisasi,
    capaian: n.capaian,
    children: n.children,
  }));
  if (table.total !== undefined) {
    const label: StatedText = table.total.label;
    lines.push({
      tingkat: 'baris',
      name: label.text,
      pagu: table.total.pagu,
      realisasi: table.total.realisasi,
      capaian: table.total.capaian,
      children: table.roots,
    });
  }
  return lines;
}
