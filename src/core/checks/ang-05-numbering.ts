import type { BudgetNode, BudgetTable } from '../model/budget';
import type { CellRef } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { countsInOrder, numberingBreaks, parseMarker, parseSiblingMarkers } from './numbering';
import { appendAll } from '../arrays';

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
    const groups = numberingGroups(table);
    const markerOf = (i: number) => table.nodes[i].marker;
    // Indexed: a for-of makes an object per step until it is optimised.
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      // Nearly every group counts on as it should: no lists of markers and breaks made for it.
      if (countsInOrder(group, markerOf)) continue;
      const markers = parseSiblingMarkers(group.map(markerOf));
      for (const b of numberingBreaks(markers)) {
        const node = table.nodes[group[b.index]];
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
 * The sequences numbering must follow: the children of each parent (programs among themselves), joined
 * where a level is numbered on across parents — a group whose first number follows the last of the
 * group before at that level (kegiatan 1 … 6 under one program, 7 under the next) continues it; a
 * group that starts again at 1 starts a sequence of its own. Groups without a counting marker are left
 * out: nothing in them can break.
 */
function numberingGroups(table: BudgetTable): number[][] {
  const nodes = table.nodes;
  const groups: number[][] = table.roots.length > 0 ? [table.roots] : [];
  // Indexed loops: they run once per process, and a for-of over the lines makes an object per step
  // until it is optimised.
  for (let i = 0; i < nodes.length; i++) {
    const children = nodes[i].children;
    if (children.length > 0) groups.push(children);
  }
  // A table's parents come in row order, and so nearly always do their children: sorted only when
  // not (the sort is stable, so it would leave groups already in order as they are).
  if (!byFirstLine(groups)) groups.sort((a, b) => a[0] - b[0]);
  const ordinal = (i: number) => {
    const m = nodes[i].marker;
    return m === undefined ? undefined : parseMarker(m)?.ordinal;
  };
  const open = new Map<string, { sequence: number[]; last: number | undefined }>();
  const out: number[][] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    const level = nodes[g[0]].level;
    // A group without a counting marker (SIPD's unnumbered lines, rekening dashes) has no break, and
    // no later group continues it (its last ordinal is unknown): it only closes its level's sequence.
    if (!counts(nodes, g)) {
      open.delete(level);
      continue;
    }
    const current = open.get(level);
    const first = ordinal(g[0]);
    if (current !== undefined && current.last !== undefined && first === current.last + 1) {
      appendAll(current.sequence, g);
      current.last = ordinal(g[g.length - 1]) ?? current.last;
      continue;
    }
    const sequence = g.slice();
    out.push(sequence);
    open.set(level, { sequence, last: ordinal(g[g.length - 1]) });
  }
  return out;
}

/**
 * Whether some line of the group has a counting marker: read from each line's marker, without the
 * closures and lists a group's breaks are found with.
 */
function counts(nodes: readonly BudgetNode[], group: readonly number[]): boolean {
  for (let j = 0; j < group.length; j++) {
    const m = nodes[group[j]].marker;
    if (m !== undefined && parseMarker(m) !== undefined) return true;
  }
  return false;
}

/** Whether the groups are in the order of their first lines. */
function byFirstLine(groups: readonly number[][]): boolean {
  for (let k = 1; k < groups.length; k++) if (groups[k - 1][0] > groups[k][0]) return false;
  return true;
}

function markerCell(table: BudgetTable, node: BudgetNode): CellRef {
  if (node.markerRef !== undefined) return node.markerRef;
  if (table.columns.marker !== undefined)
    return { sheet: table.sheet, row: node.row, col: table.columns.marker };
  return node.nameRef.ref;
}
