import { appendAll } from '../arrays';
import { Decimal } from '../decimal';
import type { StatedNumber } from '../model/source';
import type { SurveyTable } from '../model/survey';
import type { WorkbookModel } from '../model/workbook-model';
import type { Settings } from '../settings';
import type { Temuan } from '../temuan';
import { hitungIkm, hitungIkmDariNrr } from '../formulas';
import { formatAngka } from '../numbers/format-number';
import { JUDUL_ATURAN, PESAN_TEMUAN } from '../messages/temuan';
import { numberTolerance, temuanAt, type RuleDescriptor } from './rule';

export const IKM_01: RuleDescriptor = { id: 'IKM-01', severity: 'galat', title: JUDUL_ATURAN['IKM-01'] };
/** A stated IKM that follows the other weighting than the user's (exact 1/k, or the printed 0,111). */
const IKM_01_PENIMBANG: RuleDescriptor = { ...IKM_01, severity: 'info' };

const TWENTY_FIVE = new Decimal(25);

/** Half a unit of the second decimal place: NRRs are printed to two places (or more). */
const NRR_ROUNDING = new Decimal('0.005');

/**
 * How far an IKM computed from NRRs as printed may be from one computed before they were rounded: 25 ×
 * the NRRs' rounding (half a unit of their last place, taken as two places at least: a "3" is 3,00),
 * on top of the stated IKM's own rounding.
 */
function ikmTolerance(table: SurveyTable, stated: StatedNumber): Decimal {
  const own = numberTolerance(stated);
  if (table.form === 'responden') return own;
  const nrr = (table.nrr ?? []).filter((n): n is StatedNumber => n !== undefined);
  if (nrr.length === 0) return own;
  const rounding = Decimal.min(NRR_ROUNDING, Decimal.max(...nrr.map(numberTolerance)));
  return own.plus(TWENTY_FIVE.times(rounding));
}

/** The IKM (25–100) and NRR per unsur a survey table's values give, or undefined when they give none. */
export function computedIkm(
  table: SurveyTable,
  settings: Settings,
): { ikm: Decimal; nrr: Array<Decimal | null> } | undefined {
  if (table.form === 'responden' && table.answers.length > 0) {
    const r = hitungIkm(
      table.answers.map((row) => row.map((a) => a.value)),
      settings.penimbangIkm,
    );
    return r.ok ? r.value : undefined;
  }
  if (table.nrr === undefined) return undefined;
  const nrr = table.nrr.map((n) => (n === undefined ? null : n.value));
  const r = hitungIkmDariNrr(nrr, settings.penimbangIkm);
  return r.ok ? { ikm: r.value, nrr } : undefined;
}

/** Answers that are not whole numbers 1–4 (a 5, a 3,5, a "baik"), each of which makes the IKM uncomputable. */
function badAnswers(table: SurveyTable): Temuan[] {
  const out: Temuan[] = [];
  for (const row of table.answers) {
    row.forEach((answer, i) => {
      const v = answer.value;
      const bad = v === null ? (answer.text ?? '').trim() !== '' : !Number.isInteger(v) || v < 1 || v > 4;
      if (!bad) return;
      const unsur = table.unsur[i]?.name ?? `U${i + 1}`;
      const tertulis = v === null ? (answer.text ?? '') : formatAngka(v);
      out.push(
        temuanAt(IKM_01, answer.ref, PESAN_TEMUAN.jawabanSurvei({ unsur, tertulis }), '1–4', tertulis),
      );
    });
  }
  return out;
}

/**
 * IKM-01: a survey answer that is not a whole number 1–4 (at its cell: Excel cannot show a message on
 * SAKIP.IKM's #NUM!, so this is where the user learns which cell it is); a stated IKM that differs from
 * the IKM of the unsur values (PermenPANRB 14/2017, with the weighting of Settings.penimbangIkm) beyond
 * the rounding of the stated figure and of the NRRs as printed (an IKM that follows the other weighting
 * is said as info); and, under respondent answers, a stated NRR that differs from the
 * mean answer of its unsur. Points at the stated figure.
 * Example: nine unsur all 4,00 (eksak) and a stated IKM of 99,90 → galat, expected `100,00`.
 */
export function checkIkm(model: WorkbookModel, settings: Settings): Temuan[] {
  const out: Temuan[] = [];
  for (const table of model.surveys) {
    const bad = badAnswers(table);
    appendAll(out, bad);
    if (bad.length > 0) continue;
    const computed = computedIkm(table, settings);
    if (computed === undefined) continue;
    if (table.form === 'responden') {
      (table.nrr ?? []).forEach((stated, i) => {
        const value = computed.nrr[i];
        if (stated === undefined || value === null || value === undefined) return;
        if (value.minus(stated.value).abs().lte(numberTolerance(stated))) return;
        const d = Math.max(2, stated.reading.decimals);
        const harapan = formatAngka(value, d);
        const tertulis = formatAngka(stated.value, stated.reading.decimals);
        const unsur = table.unsur[i]?.name ?? `U${i + 1}`;
        out.push(
          temuanAt(IKM_01, stated.ref, PESAN_TEMUAN.nrr({ unsur, tertulis, harapan }), harapan, tertulis),
        );
      });
    }
    const stated = table.ikm;
    if (stated === undefined) continue;
    const tolerance = ikmTolerance(table, stated);
    if (computed.ikm.minus(stated.value).abs().lte(tolerance)) continue;
    // The printed 0,111 is 1/9 rounded: only with nine unsur is it the other weighting of the same survey.
    const nine = computed.nrr.filter((n) => n !== null).length === 9;
    const other = nine
      ? computedIkm(table, {
          ...settings,
          penimbangIkm: settings.penimbangIkm === 'eksak' ? '0,111' : 'eksak',
        })
      : undefined;
    if (other !== undefined && other.ikm.minus(stated.value).abs().lte(tolerance)) {
      const penimbang = settings.penimbangIkm === 'eksak' ? '0,111' : '1/k';
      out.push(
        temuanAt(
          IKM_01_PENIMBANG,
          stated.ref,
          PESAN_TEMUAN.ikmPenimbang({
            tertulis: formatAngka(stated.value, stated.reading.decimals),
            penimbang,
          }),
        ),
      );
      continue;
    }
    const harapan = formatAngka(computed.ikm, Math.max(2, stated.reading.decimals));
    const tertulis = formatAngka(stated.value, stated.reading.decimals);
    const jumlahUnsur = computed.nrr.filter((n) => n !== null).length;
    out.push(
      temuanAt(IKM_01, stated.ref, PESAN_TEMUAN.ikm({ tertulis, harapan, jumlahUnsur }), harapan, tertulis),
    );
  }
  return out;
}
