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
    const groups = [table.roots, ...table.nodes.map((n) => n.children)];
    for (const group of groups) {
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

function markerCell(table: BudgetTable, node: BudgetNode): CellRef {
  if (node.markerRef !== undefined) return node.markerRef;
  if (table.columns.marker !== undefined)
    return { sheet: table.sheet, row: node.row, col: table.columns.marker };
  return node.nameRef.ref;
}
