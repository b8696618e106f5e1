import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { temuanAt, type RuleDescriptor } from './rule';
import { numberColumns, type NumberColumn, type NumberShape } from './number-sites';

export const NUM_04: RuleDescriptor = { id: 'NUM-04', severity: 'peringatan', title: JUDUL_ATURAN['NUM-04'] };

const GAYA = { id: '1.234.567,89', en: '1,234,567.89' } as const;

/**
 * NUM-04: a column mixing the Indonesian (`1.234,5`) and English (`1,234.5`) number styles. One finding
 * per column, at the first cell in the minority style (a tie counts Indonesian as the majority). Lone
 * separators (`36,800`) are ambiguous and left to NUM-02. A cell holding a real Excel number counts on
 * the Indonesian side: Excel shows it as the user's (id-ID) Excel writes numbers, so `2,077,687,761`
 * typed among them is as visibly foreign as among `2.485.143.930`. expected = the majority style,
 * actual = the other.
 * Example: a Tabel 3.8 pagu column of `2.485.143.930`… with `2,077,687,761`… → one peringatan at the first comma one.
 */
export function checkMixedStyles(model: WorkbookModel): Temuan[] {
  const out: Temuan[] = [];
  for (const column of numberColumns(model)) {
    // Counted on the column's shapes: a regency's pagu column holds 100 000 cells, written a few ways.
    let id = 0;
    let en = 0;
    let denganAngkaExcel = false;
    column.eachShape((reading, count) => {
      const side = styleSide(reading);
      if (side === 'en') en += count;
      else if (side === 'id') {
        id += count;
        if (reading.style === 'bilangan') denganAngkaExcel = true;
      }
    });
    if (id === 0 || en === 0) continue;
    const [mayor, minor] = id >= en ? (['id', 'en'] as const) : (['en', 'id'] as const);
    const message = PESAN_TEMUAN.gayaCampuran({
      kolom: column.field,
      mayoritas: GAYA[mayor],
      jumlahMayoritas: mayor === 'id' ? id : en,
      minoritas: GAYA[minor],
      jumlahMinoritas: mayor === 'id' ? en : id,
      denganAngkaExcel,
    });
    const at = column.site(firstWritten(column, minor)).ref;
    out.push(temuanAt(NUM_04, at, message, GAYA[mayor], GAYA[minor]));
  }
  return out;
}

/** The style a number counts for: none for a plain number and a lone separator (NUM-02's), else its own. */
function styleSide(reading: NumberShape): 'id' | 'en' | undefined {
  if (reading.style === 'polos' || reading.guesses.includes('pemisah-tunggal')) return undefined;
  return reading.style === 'en' ? 'en' : 'id';
}

/** Position of the column's first number that counts for `side` (the column has one). */
function firstWritten(column: NumberColumn, side: 'id' | 'en'): number {
  let k = 0;
  while (styleSide(column.reading(k)) !== side) k++;
  return k;
}
