import type { EfficiencyRow, EfficiencyTable } from '../model/efficiency';
import type { TableContext, UnplacedRow } from '../model/roles';
import type { StatedText } from '../model/source';
import type { Temuan } from '../temuan';
import { nameKey } from '../text';
import { PESAN_PENGENALAN as msg } from '../messages/recognise';
import { cellText, note, readMeasure, statedNumber, statedNumberOrText, statedText } from './cells';

/** A heading row inside an efficiency table: `Sasaran ke-1 : …`, `Misi Pertama : …`, `Tujuan 2: …`. */
const HEADING = /^(sasaran|misi|tujuan|program)\b[^:]*:\s*(.+)$/i;
import type { ClassifiedTable } from './classify-table';

/**
 * Reads an efficiency table as staff type Tabel 3.9 (DESIGN.md §5): one row per sasaran or program with
 * its capaian kinerja (and the target and realisasi behind it, where given), pagu, realisasi and capaian
 * anggaran, the stated efficiency and the sisa. A row with only text continues the row above; a row
 * without a name takes the caption's sasaran, else it is another indicator of the row above. Total and
 * average rows are no rows (a note says so); the budget a total row states is kept as the table's total.
 */
export function readEfficiencyTable(
  c: ClassifiedTable,
  context: TableContext,
  notes: Temuan[],
): EfficiencyTable {
  const { scanned } = c;
  const sheet = scanned.sheet;
  const at = c.columnOf;
  const rows: EfficiencyRow[] = [];
  const unplaced: UnplacedRow[] = [];
  let bottom = scanned.numberRow ?? scanned.headerBottom;
  const figureRoles = [
    'target',
    'realisasi',
    'capaian',
    'pagu',
    'realisasiAnggaran',
    'capaianAnggaran',
    'efisiensi',
    'sisa',
  ] as const;
  const caption: StatedText | undefined =
    context.caption === undefined ? undefined : { ref: context.caption.ref, text: context.caption.text };
  let current: StatedText | undefined;
  let total: EfficiencyTable['total'];

  for (const r of scanned.body) {
    const hasFigures = figureRoles.some(
      (k) => at[k] !== undefined && cellText(sheet, r, at[k] as number) !== '',
    );
    const name = statedText(sheet, r, at.name);
    const indikator = statedText(sheet, r, at.indikator);
    const label = name ?? indikator ?? statedText(sheet, r, at.numbering);
    if (
      label !== undefined &&
      /^(jumlah|total|rata\s*-?\s*rata)\b/.test(nameKey(label.text)) &&
      indikator === undefined
    ) {
      notes.push(note(sheet.name, r, label.ref.col, 'STR-01', 'info', msg.barisJumlah(label.text)));
      // The budget of all rows, stated on the total (or average) row: kept, its sums and capaian checked.
      const pagu = statedNumber(sheet, r, at.pagu, 'rupiah');
      const realisasiAnggaran = statedNumber(sheet, r, at.realisasiAnggaran, 'rupiah');
      if (total === undefined && (pagu !== undefined || realisasiAnggaran !== undefined)) {
        total = { row: r, label };
        if (pagu !== undefined) total.pagu = pagu;
        if (realisasiAnggaran !== undefined) total.realisasiAnggaran = realisasiAnggaran;
        const capaianAnggaran = statedNumber(sheet, r, at.capaianAnggaran, 'persen');
        if (capaianAnggaran !== undefined) total.capaianAnggaran = capaianAnggaran;
      }
      bottom = r;
      continue;
    }
    const previous = rows[rows.length - 1];
    // A heading row inside the table ("Sasaran ke-1 : Meningkatnya …", "Misi Pertama : …") names the rows below it.
    const heading = !hasFigures && label !== undefined ? HEADING.exec(label.text) : null;
    if (heading !== null) {
      if (/^sasaran/i.test(heading[1])) current = { ref: label!.ref, text: heading[2].trim() };
      notes.push(
        note(sheet.name, r, label!.ref.col, 'STR-01', 'info', msg.barisJudulDalamTabel(label!.text)),
      );
      bottom = r;
      continue;
    }
    if (!hasFigures) {
      if (previous !== undefined && (name !== undefined || indikator !== undefined)) {
        if (name !== undefined)
          previous.name = { ref: previous.name.ref, text: `${previous.name.text} ${name.text}`.trim() };
        if (indikator !== undefined)
          previous.indikator =
            previous.indikator === undefined
              ? indikator
              : { ref: previous.indikator.ref, text: `${previous.indikator.text} ${indikator.text}` };
        previous.lastRow = r;
        notes.push(
          note(
            sheet.name,
            r,
            (name ?? indikator)?.ref.col ?? scanned.left,
            'STR-01',
            'info',
            msg.barisLanjutan(previous.row + 1),
          ),
        );
        bottom = r;
        continue;
      }
      const text = label?.text ?? '';
      const reason = msg.barisEfisiensiTidakDitempatkan(text);
      notes.push(note(sheet.name, r, label?.ref.col ?? scanned.left, 'STR-01', 'peringatan', reason));
      unplaced.push({
        row: r,
        ref: { sheet: sheet.name, row: r, col: label?.ref.col ?? scanned.left },
        reason,
        hasFigures: false,
      });
      continue;
    }
    // A row without a name is one more of the row above (a merged cell), else of the heading or caption.
    const rowName = name ??
      (previous !== undefined && at.name !== undefined ? previous.name : undefined) ??
      current ??
      caption ?? {
        ref: { sheet: sheet.name, row: r, col: at.name ?? scanned.left },
        text: '',
      };
    const satuan = statedText(sheet, r, at.satuan)?.text;
    const measure = (col: number | undefined) =>
      col === undefined
        ? undefined
        : readMeasure(sheet, r, col, { defaultUnit: satuan, percentPoints: satuan === '%' });
    const row: EfficiencyRow = { index: rows.length, row: r, lastRow: r, name: rowName };
    const optional = {
      indikator,
      target: measure(at.target),
      realisasi: measure(at.realisasi),
      capaian: statedNumberOrText(sheet, r, at.capaian, 'persen'),
      pagu: statedNumber(sheet, r, at.pagu, 'rupiah'),
      realisasiAnggaran: statedNumber(sheet, r, at.realisasiAnggaran, 'rupiah'),
      capaianAnggaran: statedNumber(sheet, r, at.capaianAnggaran, 'persen'),
      efisiensi: statedNumber(sheet, r, at.efisiensi, 'persen'),
      sisa: statedNumber(sheet, r, at.sisa, 'rupiah'),
    };
    for (const [k, v] of Object.entries(optional))
      if (v !== undefined) (row as unknown as Record<string, unknown>)[k] = v;
    rows.push(row);
    bottom = r;
  }
  const table: EfficiencyTable = {
    kind: 'efisiensi',
    sheet: sheet.name,
    range: { top: scanned.top, left: scanned.left, bottom, right: scanned.right },
    headerRange: {
      top: scanned.top,
      left: scanned.left,
      bottom: scanned.numberRow ?? scanned.headerBottom,
      right: scanned.right,
    },
    roles: c.roles,
    context,
    rows,
    unplaced,
  };
  if (context.title !== undefined) table.title = context.title;
  if (total !== undefined) table.total = total;
  return table;
}
