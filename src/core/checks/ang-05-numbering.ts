import type { BudgetNode, BudgetTable } from '../model/budget';
import type { CellRef } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { numberingBreaks, parseMarker } from './numbering';

export const ANG_05: RuleDescriptor = { id: 'ANG-05', severity: 'peringatan', title: JUDUL_ATURAN['ANG-05'] };

/**
 * ANG-05: numbering markers that repeat or skip among the children of one parent (programs among
 * themselves). Rekening dashes do not count. Points at the marker's cell; expected = the marker that
 * should stand there, actual = the marker written.
 * Example: two `4)` under kegiatan "Administrasi Umum Perangkat Daerah" → one peringatan at the second.
 */
export function checkNumbering(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.budgets) {
    for (const group of numberingGroups(table)) {
      const siblings = group.map((i) => table.nodes[i]);
      const markers = siblings.map((n) => (n.marker === undefined ? undefined : parseMarker(n.marker)));
      for (const b of numberingBreaks(markers)) {
        const node = siblings[b.index];
        const nomor = (node.marker ?? '').trim();
        const message =
          b.kind === 'berulang'
            ? PESAN_TEMUAN.nomorBerulang({ nomor, nama: node.name })
            : PESAN_TEMUAN.nomorMelompat({ nomor, nama: node.name, harapan: b.expected });
        out.push(temuanAt(ANG_05, markerCell(table, node), message, b.expected, nomor));
      }
    }
  }
  return out;
}

/**
 * The sequences numbering must follow: the children of each parent (programs among themselves), or —
 * where a level is numbered on through the whole table (kegiatan 1 … 79 across the programs, as the
 * next group starts where the last one stopped) — all the lines of that level in order.
 */
function numberingGroups(table: BudgetTable): number[][] {
  const groups = [table.roots, ...table.nodes.map((n) => n.children)].filter((g) => g.length > 0);
  const byLevel = new Map<string, number[][]>();
  for (const g of groups) {
    const level = table.nodes[g[0]].level;
    const list = byLevel.get(level);
    if (list === undefined) byLevel.set(level, [g]);
    else list.push(g);
  }
  const out: number[][] = [];
  for (const levelGroups of byLevel.values()) {
    const ordinal = (i: number) => {
      const m = table.nodes[i].marker;
      return m === undefined ? undefined : parseMarker(m)?.ordinal;
    };
    let continued = 0;
    let restarted = 0;
    for (let k = 1; k < levelGroups.length; k++) {
      const last = ordinal(levelGroups[k - 1][levelGroups[k - 1].length - 1]);
      const first = ordinal(levelGroups[k][0]);
      if (last === undefined || first === undefined) continue;
      if (first === last + 1) continued++;
      else if (first === 1) restarted++;
    }
    if (continued > restarted) out.push(levelGroups.flat().sort((a, b) => a - b));
    else out.push(...levelGroups);
  }
  return out;
}

function markerCell(table: BudgetTable, node: BudgetNode): CellRef {
  if (node.markerRef !== undefined) return node.markerRef;
  if (table.columns.marker !== undefined)
    return { sheet: table.sheet, row: node.row, col: table.columns.marker };
  return node.nameRef.ref;
}
