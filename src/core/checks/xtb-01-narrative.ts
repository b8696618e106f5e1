import { Decimal } from '../decimal';
import type { StatedNumber } from '../model/source';
import type { WorkbookModel } from '../model/workbook-model';
import type { Temuan } from '../temuan';
import { readNumber } from '../numbers/read-number';
import { formatRupiah } from '../numbers/format-number';
import { PESAN_TEMUAN } from '../messages/temuan';
import { agreesWithStatedPercent, formatStatedPercent, inRupiah, temuanAt } from './rule';
import { XTB_01 } from './xtb-01-cross-table';
import { budgetsInOrder } from './name-links';

const THOUSAND = new Decimal(1000);
const RUPIAH_IN_TEXT = /\bRp\.?\s*(\d[\d.,]*\d|\d)/gi;
/** A percentage claimed as the budget's serapan: the first `86,17 %` after such words, within 80 characters. */
const SERAPAN_IN_TEXT =
  /(?:penyerapan|serapan|realisasi anggaran|capaian anggaran)[^%]{0,80}?(\d{1,3}(?:[.,]\d+)?)\s*%/gi;

interface TableFigures {
  /** Whether an amount is a pagu, realisasi or total of any budget table. */
  isFigure: (v: Decimal) => boolean;
  /** The totals (JUMLAH rows, else the programs' sums): Rupiah figures, and their capaian. */
  totals: Decimal[];
  capaian: Decimal[];
  statedCapaian: StatedNumber[];
}

function tableFigures(model: WorkbookModel): TableFigures {
  const totals: Decimal[] = [];
  const capaian: Decimal[] = [];
  const statedCapaian: StatedNumber[] = [];
  for (const table of budgetsInOrder(model)) {
    const sum = (f: 'pagu' | 'realisasi') =>
      (table.total?.[f] === undefined ? undefined : inRupiah(table.total[f])) ??
      table.roots.reduce((a, i) => {
        const n = table.nodes[i][f];
        return n === undefined ? a : a.plus(inRupiah(n));
      }, new Decimal(0));
    const pagu = sum('pagu');
    const realisasi = sum('realisasi');
    totals.push(pagu, realisasi);
    if (!pagu.isZero()) capaian.push(realisasi.div(pagu));
    if (table.total?.capaian !== undefined) statedCapaian.push(table.total.capaian);
  }
  // Every figure as an exact string, built only when a narrative quotes an amount (most workbooks none).
  let all: Set<string> | undefined;
  const isFigure = (v: Decimal): boolean => {
    if (all === undefined) {
      all = new Set<string>();
      for (const table of budgetsInOrder(model)) {
        for (const n of table.nodes) {
          if (n.pagu !== undefined) all.add(inRupiah(n.pagu).toFixed());
          if (n.realisasi !== undefined) all.add(inRupiah(n.realisasi).toFixed());
        }
      }
      for (const v of totals) all.add(v.toFixed());
    }
    return all.has(v.toFixed());
  };
  return { isFigure, totals, capaian, statedCapaian };
}

function nearest(values: Decimal[], x: Decimal): Decimal | undefined {
  let best: Decimal | undefined;
  for (const v of values) if (best === undefined || v.minus(x).abs().lt(best.minus(x).abs())) best = v;
  return best;
}

/**
 * XTB-01 in the text: a narrative cell (model.narrative) quoting a Rupiah amount that is no figure of
 * any budget table (`Rp. 2.752.010.113` where the tables total 2.702.337.210), or a serapan percentage
 * that matches neither the stated capaian of a JUMLAH row nor realisasi ÷ pagu of a total. At most one
 * finding per cell (its first mismatch; the message lists every Rupiah mismatch of the cell).
 * expected = the nearest table total (or the total's capaian), actual = the amount quoted.
 */
export function checkCrossTableNarrative(model: WorkbookModel): Temuan[] {
  if (model.budgets.length === 0) return [];
  const figures = tableFigures(model);
  const jumlahTabel = figures.totals
    .map((v) => formatRupiah(v))
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(', ');
  const out: Temuan[] = [];
  for (const text of model.narrative) {
    const amounts: Decimal[] = [];
    for (const m of text.text.matchAll(RUPIAH_IN_TEXT)) {
      const r = readNumber(m[1].replace(/[.,]+$/, ''), 'rupiah');
      // `Rp 2,7 miliar` is a rounded figure in words, not an amount to compare.
      if (!r.ok || !r.value.isInteger() || r.value.lt(THOUSAND)) continue;
      if (!figures.isFigure(r.value)) amounts.push(r.value);
    }
    if (amounts.length > 0) {
      const near = nearest(figures.totals, amounts[0]);
      const message = PESAN_TEMUAN.teksRupiah({ disebut: amounts.map((a) => formatRupiah(a)), jumlahTabel });
      out.push(
        temuanAt(
          XTB_01,
          text.ref,
          message,
          near === undefined ? undefined : formatRupiah(near),
          formatRupiah(amounts[0]),
        ),
      );
      continue;
    }
    for (const m of text.text.matchAll(SERAPAN_IN_TEXT)) {
      const r = readNumber(`${m[1]}%`, 'persen');
      if (!r.ok) continue;
      const quoted: StatedNumber = { ref: text.ref, value: r.value, reading: r };
      const agrees =
        figures.statedCapaian.some((c) => agreesWithStatedPercent(c.value, quoted)) ||
        figures.capaian.some((c) => agreesWithStatedPercent(c, quoted));
      if (agrees) continue;
      const acuan = figures.statedCapaian[0]?.value ?? figures.capaian[0];
      const harapan = acuan === undefined ? undefined : formatStatedPercent({ ...quoted, value: acuan });
      const disebut = formatStatedPercent(quoted);
      out.push(
        temuanAt(
          XTB_01,
          text.ref,
          PESAN_TEMUAN.teksPersen({ disebut, capaianTabel: harapan ?? '' }),
          harapan,
          disebut,
        ),
      );
      break;
    }
  }
  return out;
}
