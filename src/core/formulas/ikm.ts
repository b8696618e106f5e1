import { Decimal, decimalFromNumber } from '../decimal';
import { PESAN_FUNGSI } from '../messages/fungsi';
import type { PenimbangIkm } from '../settings';
import {
  asMatriksAngka,
  asMatriksJawaban,
  asNumber,
  asOptional,
  asPilihan,
  jalankan,
  param,
  type NamaSel,
} from './args';
import { berhasil, gagal, type FormulaResult, type RangePosition } from './result';
import { pitaUntuk, SKALA_MUTU_IKM_14_2017 } from './scales';

/**
 * Indeks Kepuasan Masyarakat (DESIGN.md §3.3, PermenPANRB 14/2017).
 *
 * | function          | parameter | accepts                                                        | default  |
 * | ----------------- | --------- | -------------------------------------------------------------- | -------- |
 * | IKM, NRR          | jawaban   | range: a row per respondent, a column per unsur; 1–4; blanks skipped | required |
 * | IKM, IKM.DARI.NRR | penimbang | `eksak` (1/k) or `0,111` (the printed weight)                  | `eksak`  |
 * | IKM.DARI.NRR      | nrr       | a row or a column of NRR per unsur, each 1–4; blanks skipped   | required |
 * | MUTU              | ikm       | 25–100                                                         | required |
 * | MUTU              | bentuk    | `huruf` (A) or `keterangan` (Sangat Baik)                      | `huruf`  |
 */
const asPenimbang = asOptional(asPilihan<PenimbangIkm>(['eksak', '0,111']), 'eksak' as PenimbangIkm);

/** Parameters of SAKIP.IKM; `namaSel` names a bad cell (real addresses where the host knows them). */
export function parameterIkm(namaSel?: NamaSel) {
  return [param('jawaban', asMatriksJawaban(namaSel)), param('penimbang', asPenimbang)] as const;
}

/** Parameters of SAKIP.NRR. */
export function parameterNrr(namaSel?: NamaSel) {
  return [param('jawaban', asMatriksJawaban(namaSel))] as const;
}

/** Parameters of SAKIP.IKM.DARI.NRR. */
export function parameterIkmDariNrr(namaSel?: NamaSel) {
  return [param('nrr', asMatriksAngka(namaSel)), param('penimbang', asPenimbang)] as const;
}

export type BentukMutu = 'huruf' | 'keterangan';

/** Parameters of SAKIP.MUTU. */
export const PARAMETER_MUTU = [
  param('ikm', asNumber('angka')),
  param('bentuk', asOptional(asPilihan<BentukMutu>(['huruf', 'keterangan']), 'huruf' as BentukMutu)),
] as const;

/** The printed weight 1/9 ≈ 0,111 that some reports multiply by instead of dividing by k. */
const PENIMBANG_CETAK = new Decimal('0.111');
const NILAI_DASAR = new Decimal(25);

export interface OpsiIkm {
  /** Names a cell of the range in messages; default "baris r, kolom c rentang". */
  namaSel?: NamaSel;
}

export interface HasilIkm {
  /** IKM, 25–100, unrounded. */
  ikm: Decimal;
  /** NRR per unsur (column), null for an unsur without any answer. */
  nrr: (Decimal | null)[];
}

/**
 * IKM and NRR from survey answers: rows are respondents, columns unsur, answers whole numbers 1–4,
 * blanks (null) skipped. NRR = mean answer of an unsur; IKM = mean of the NRRs of the k unsur with
 * answers × 25 (`eksak`), or Σ NRR × 0,111 × 25 (`0,111`). Nine unsur all 4 → 100 (`eksak`), 99,9
 * (`0,111`). An answer outside 1–4 or not whole → `angka` failure at its position; none → `tidak-tersedia`.
 */
export function hitungIkm(
  answers: readonly (readonly (number | Decimal | null)[])[],
  penimbang: PenimbangIkm = 'eksak',
  opsi: OpsiIkm = {},
): FormulaResult<HasilIkm> {
  const namaSel = opsi.namaSel ?? PESAN_FUNGSI.letakRelatif;
  const width = answers.reduce((w, row) => Math.max(w, row.length), 0);
  // Whole answers 1–4 are summed as JS integers (exact far beyond any survey); a Decimal only for the
  // rare answer given as one, and for messages.
  const sums = new Array<number>(width).fill(0);
  const counts = new Array<number>(width).fill(0);
  for (let r = 0; r < answers.length; r++) {
    for (let c = 0; c < answers[r].length; c++) {
      const raw = answers[r][c];
      if (raw === null) continue;
      if (typeof raw === 'number' && raw >= 1 && raw <= 4 && Number.isInteger(raw)) {
        sums[c] += raw;
        counts[c] += 1;
        continue;
      }
      const value = typeof raw === 'number' ? decimalFromNumber(raw) : raw;
      const at: RangePosition = { row: r, col: c };
      if (value.lt(1) || value.gt(4))
        return gagal('angka', PESAN_FUNGSI.jawabanDiLuarRentang(value, namaSel(r, c)), at);
      if (!value.isInteger()) return gagal('angka', PESAN_FUNGSI.jawabanBukanBulat(value, namaSel(r, c)), at);
      sums[c] += value.toNumber();
      counts[c] += 1;
    }
  }
  const nrr = sums.map((sum, c) => (counts[c] === 0 ? null : new Decimal(sum).div(counts[c])));
  const ikm = ikmDariNrrValid(nrr, penimbang);
  return ikm === null ? gagal('tidak-tersedia', PESAN_FUNGSI.tidakAdaJawaban) : berhasil({ ikm, nrr });
}

/**
 * IKM from the NRR per unsur (each 1–4; null skipped), weighted as in hitungIkm; `posisi` maps an index
 * to its cell for messages (default: one row). The unsur means 3,200 3,216 2,936 3,530 3,136 3,200
 * 3,316 3,916 3,323 give 82,7027… (`eksak`).
 */
export function hitungIkmDariNrr(
  nrr: readonly (Decimal | null)[],
  penimbang: PenimbangIkm = 'eksak',
  opsi: OpsiIkm & { posisi?: (index: number) => RangePosition } = {},
): FormulaResult<Decimal> {
  const namaSel = opsi.namaSel ?? PESAN_FUNGSI.letakRelatif;
  const posisi = opsi.posisi ?? ((i: number) => ({ row: 0, col: i }));
  for (let i = 0; i < nrr.length; i++) {
    const value = nrr[i];
    if (value !== null && (value.lt(1) || value.gt(4))) {
      const at = posisi(i);
      return gagal('angka', PESAN_FUNGSI.nrrDiLuarRentang(value, namaSel(at.row, at.col)), at);
    }
  }
  const ikm = ikmDariNrrValid(nrr, penimbang);
  return ikm === null ? gagal('tidak-tersedia', PESAN_FUNGSI.tidakAdaJawaban) : berhasil(ikm);
}

/**
 * Mutu pelayanan of an IKM, rounded half-up to 2 decimals first: ≥ 88,31 A (Sangat Baik), ≥ 76,61 B
 * (Baik), ≥ 65,00 C (Kurang Baik), ≥ 25,00 D (Tidak Baik). Outside 25–100 → `angka` failure.
 * Example: `mutuIkm(new Decimal('88.305'))` → `A` (rounds to 88,31).
 */
export function mutuIkm(ikm: Decimal, bentuk: BentukMutu = 'huruf'): FormulaResult<string> {
  const scale = SKALA_MUTU_IKM_14_2017;
  const rounded = ikm.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if ((scale.min && rounded.lt(scale.min)) || (scale.max && rounded.gt(scale.max))) {
    return gagal('angka', PESAN_FUNGSI.ikmDiLuarRentang(ikm));
  }
  const band = pitaUntuk(scale, rounded);
  return berhasil(bentuk === 'huruf' ? band.label : (band.keterangan ?? band.label));
}

/** SAKIP.IKM on raw cell values. */
export function ikmDariSel(
  jawaban: unknown,
  penimbang?: unknown,
  opsi: OpsiIkm = {},
): FormulaResult<Decimal> {
  return jalankan(parameterIkm(opsi.namaSel), [jawaban, penimbang], (a, p) => {
    const result = hitungIkm(a, p, opsi);
    return result.ok ? berhasil(result.value.ikm) : result;
  });
}

/** SAKIP.NRR on raw cell values: one NRR per unsur (column), null where an unsur has no answers. */
export function nrrDariSel(jawaban: unknown, opsi: OpsiIkm = {}): FormulaResult<(Decimal | null)[]> {
  return jalankan(parameterNrr(opsi.namaSel), [jawaban], (a) => {
    const result = hitungIkm(a, 'eksak', opsi);
    return result.ok ? berhasil(result.value.nrr) : result;
  });
}

/** SAKIP.IKM.DARI.NRR on raw cell values: the NRR range may be a row or a column (read in order). */
export function ikmDariNrrSel(nrr: unknown, penimbang?: unknown, opsi: OpsiIkm = {}): FormulaResult<Decimal> {
  return jalankan(parameterIkmDariNrr(opsi.namaSel), [nrr, penimbang], (rows, p) => {
    const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
    const posisi = (i: number): RangePosition => ({ row: Math.floor(i / width), col: i % width });
    const flat = rows.flatMap((row) => [...row, ...new Array<null>(width - row.length).fill(null)]);
    return hitungIkmDariNrr(flat, p, { ...opsi, posisi });
  });
}

/** SAKIP.MUTU on raw cell values. */
export function mutuDariSel(ikm: unknown, bentuk?: unknown): FormulaResult<string> {
  return jalankan(PARAMETER_MUTU, [ikm, bentuk], mutuIkm);
}

function ikmDariNrrValid(nrr: readonly (Decimal | null)[], penimbang: PenimbangIkm): Decimal | null {
  const present = nrr.filter((v): v is Decimal => v !== null);
  if (present.length === 0) return null;
  const sum = present.reduce((a, b) => a.plus(b), new Decimal(0));
  const weighted = penimbang === 'eksak' ? sum.div(present.length) : sum.times(PENIMBANG_CETAK);
  return weighted.times(NILAI_DASAR);
}
