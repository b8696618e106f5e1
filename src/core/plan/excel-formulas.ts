/**
 * Builders of the invariant (en-US) Excel formulas the generated sheets carry. Built-in functions only
 * (SUM, IF, ROUND, ISNUMBER, MATCH, AVERAGE, IFERROR), so a workbook opened without the add-in, or in
 * LibreOffice, shows the same numbers.
 */
import type { MetodeEfisiensi } from '../settings';
import type { Polaritas } from '../model/indicator';
import type { BandScale, OrdinalScale } from '../formulas/scales';
import { columnLetters } from '../snapshot';
import { BARIS } from '../messages/susun';

/** A text constant inside a formula: `Belum "x"` → `"Belum ""x"""`. */
export function textLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Excel's limit on the arguments of one function call. */
const MAX_ARGS = 255;

/**
 * SUM over the given rows (0-based) of one column; consecutive rows become one range.
 * Example: `sumFormula(2, [7, 8, 9, 14])` → `SUM(C8:C10,C15)`. More than 255 pieces are nested.
 */
export function sumFormula(col: number, rows: number[]): string {
  return nestSum(rowPieces(col, rows));
}

/**
 * References to the given rows (0-based) of one column, consecutive rows joined into a range.
 * Example: `rowPieces(2, [7, 8, 9, 14])` → `['C8:C10', 'C15']`.
 */
export function rowPieces(col: number, rows: number[]): string[] {
  const letters = columnLetters(col);
  const sorted = [...rows].sort((a, b) => a - b);
  const pieces: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    pieces.push(
      j > i ? `${letters}${sorted[i] + 1}:${letters}${sorted[j] + 1}` : `${letters}${sorted[i] + 1}`,
    );
    i = j + 1;
  }
  return pieces;
}

function nestSum(pieces: string[]): string {
  if (pieces.length <= MAX_ARGS) return `SUM(${pieces.join(',')})`;
  const groups: string[] = [];
  for (let k = 0; k < pieces.length; k += MAX_ARGS)
    groups.push(`SUM(${pieces.slice(k, k + MAX_ARGS).join(',')})`);
  return nestSum(groups);
}

/** Capaian anggaran: realisasi / pagu, `-` where the pagu is 0 or empty. Example: `IF(C8=0,"-",D8/C8)`. */
export function capaianAnggaranFormula(pagu: string, realisasi: string): string {
  return `IF(${pagu}=0,"-",${realisasi}/${pagu})`;
}

/**
 * Capaian of two numeric measures by polarity (DESIGN.md §3.1): positif real/target, negatif
 * (2·target − real)/target, negatif-rasio target/real; `-` where the divisor is 0.
 */
export function capaianAngkaFormula(
  target: string,
  realisasi: string,
  polaritas: Polaritas = 'positif',
): string {
  switch (polaritas) {
    case 'negatif':
      return `IF(${target}=0,"-",(2*${target}-${realisasi})/${target})`;
    case 'negatif-rasio':
      return `IF(${realisasi}=0,"-",${target}/${realisasi})`;
    default:
      return `IF(${target}=0,"-",${realisasi}/${target})`;
  }
}

/**
 * Capaian of two grades on an ordinal scale (DESIGN.md §3.1): 1 when the realisasi is at or above the
 * target, else rank(realisasi) / rank(target). Example for SAKIP grades in D8 and E8:
 * `IF(MATCH(E8,{"D","C",…},0)>=MATCH(D8,{…},0),1,MATCH(E8,{…},0)/MATCH(D8,{…},0))`.
 */
export function capaianPredikatFormula(target: string, realisasi: string, scale: OrdinalScale): string {
  const list = `{${scale.grades.map(textLiteral).join(',')}}`;
  const rt = `MATCH(${target},${list},0)`;
  const rr = `MATCH(${realisasi},${list},0)`;
  return `IFERROR(IF(${rr}>=${rt},1,${rr}/${rt}),${textLiteral('-')})`;
}

/**
 * Kategori of a capaian cell by a band scale in percentage points, on the percentage rounded to two
 * decimals (DESIGN.md §3.2); empty when the cell holds no number.
 * Example (Permendagri 86/2017): `IF(ISNUMBER(F8),IF(ROUND(F8*100,2)>=91,"Sangat Tinggi",IF(…)),"")`.
 */
export function kategoriFormula(capaian: string, scale: BandScale): string {
  const pct = `ROUND(${capaian}*100,2)`;
  const op = scale.lowerInclusive ? '>=' : '>';
  let inner = '';
  for (let i = scale.bands.length - 1; i >= 0; i--) {
    const band = scale.bands[i];
    inner =
      band.lower === null || inner === ''
        ? textLiteral(band.label)
        : `IF(${pct}${op}${band.lower.toString()},${textLiteral(band.label)},${inner})`;
  }
  return `IF(ISNUMBER(${capaian}),${inner},"")`;
}

/**
 * Tingkat efisiensi from the two capaian cells by method (DESIGN.md §3.4): selisih kinerja − anggaran;
 * indeks kinerja / anggaran; sisa 1 − anggaran where kinerja ≥ 1. Empty when a capaian is not a number.
 */
export function efisiensiFormula(metode: MetodeEfisiensi, kinerja: string, anggaran: string): string {
  const both = `AND(ISNUMBER(${kinerja}),ISNUMBER(${anggaran}))`;
  switch (metode) {
    case 'indeks':
      return `IF(${both},IF(${anggaran}=0,"-",${kinerja}/${anggaran}),"")`;
    case 'sisa':
      return `IF(${both},IF(${kinerja}>=1,1-${anggaran},${textLiteral(BARIS.targetTidakTercapai)}),"")`;
    default:
      return `IF(${both},${kinerja}-${anggaran},"")`;
  }
}

/**
 * Mean of the numbers among the given references (text cells are ignored), `-` when there are none.
 * Example: `averageFormula('F8:F12')` → `IFERROR(AVERAGE(F8:F12),"-")`.
 */
export function averageFormula(refs: string): string {
  return `IFERROR(AVERAGE(${refs}),"-")`;
}
