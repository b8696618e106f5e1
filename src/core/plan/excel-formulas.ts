/**
 * Builders of the invariant (en-US) Excel formulas the generated sheets carry. Built-in functions only
 * (SUM, IF, ROUND, ISNUMBER, MATCH, AVERAGE, IFERROR), so a workbook opened without the add-in, or in
 * LibreOffice, shows the same numbers.
 */
import type { MetodeEfisiensi } from '../settings';
import type { Polaritas } from '../model/indicator';
import type { BandScale, OrdinalScale } from '../formulas/scales';
import { columnLetters } from '../snapshot';
import { perObject } from '../memo';
import { BARIS } from '../messages/susun';

/**
 * Longest text constant Excel takes inside a formula: it stores one as a PtgStr, whose
 * ShortXLUnicodeString counts its characters in one byte
 * (https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/87c2a057-705c-4473-a168-6d5fac4a9eba,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/05162858-0ca9-44cb-bb07-a720928f63f8).
 */
export const MAX_TEXT_LITERAL = 255;
/**
 * Longest formula Excel takes, in characters without the `=`
 * (https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf).
 */
export const MAX_FORMULA_LENGTH = 8192;

/**
 * A text constant inside a formula: `Belum "x"` → `"Belum ""x"""`. A text longer than MAX_TEXT_LITERAL
 * (a long unit name in a sentence) is joined from pieces that are not: `("…255…"&"…")` — which may not
 * stand inside an array constant `{…}`, where only the fixed grade names go.
 */
export function textLiteral(s: string): string {
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  if (s.length <= MAX_TEXT_LITERAL) return quote(s);
  const pieces: string[] = [];
  for (let i = 0; i < s.length;) {
    let end = Math.min(s.length, i + MAX_TEXT_LITERAL);
    // A character outside the BMP is two UTF-16 units: never cut between them.
    if (end < s.length && /[\uDC00-\uDFFF]/.test(s[end])) end--;
    pieces.push(quote(s.slice(i, end)));
    i = end;
  }
  return `(${pieces.join('&')})`;
}

/** The text a `textLiteral` stands for (`"a""b"` → `a"b`, `("a"&"b")` → `ab`); undefined for other parts. */
export function literalText(part: string): string | undefined {
  const inner = part.startsWith('("') && part.endsWith('")') ? part.slice(1, -1) : part;
  const pieces = [...inner.matchAll(/"((?:[^"]|"")*)"/g)];
  if (pieces.length === 0 || pieces.map((m) => m[0]).join('&') !== inner) return undefined;
  return pieces.map((m) => m[1].replace(/""/g, '"')).join('');
}

/** Excel's limit on the arguments of one function call. */
const MAX_ARGS = 255;

/**
 * SUM over the given rows (0-based) of one column; consecutive rows become one range.
 * Example: `sumFormula(2, [7, 8, 9, 14])` → `SUM(C8:C10,C15)`. More than 255 pieces are nested.
 */
export function sumFormula(col: number, rows: number[]): string {
  return overArgs('SUM', rowPieces(col, rows));
}

/**
 * SUBTOTAL(9, …) of one column from row `top` to `bottom` (0-based): their sum, leaving out every cell
 * that holds a SUBTOTAL itself (Excel's and LibreOffice's rule), so nested parents are not counted twice.
 * Manually hidden rows (a collapsed outline) still count; rows hidden by a filter do not.
 * Example: `subtotalFormula(2, 7, 13)` → `SUBTOTAL(9,C8:C14)`.
 */
export function subtotalFormula(col: number, top: number, bottom: number): string {
  const letters = columnLetters(col);
  // A flat string, as in capaianAnggaranRows: a sheet has one per parent row and column.
  return ['SUBTOTAL(9,', letters, String(top + 1), ':', letters, String(bottom + 1), ')'].join('');
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

/**
 * `fn(a,b,…)` over any number of pieces, nested as SUM(fn(…),fn(…),…) past Excel's 255 arguments.
 * Example: `overArgs('COUNTA', ['B5', 'B9'])` → `COUNTA(B5,B9)`.
 */
export function overArgs(fn: 'SUM' | 'COUNT' | 'COUNTA', pieces: string[]): string {
  if (pieces.length <= MAX_ARGS) return `${fn}(${pieces.join(',')})`;
  const groups: string[] = [];
  for (let k = 0; k < pieces.length; k += MAX_ARGS)
    groups.push(`${fn}(${pieces.slice(k, k + MAX_ARGS).join(',')})`);
  return overArgs('SUM', groups);
}

/** Capaian anggaran: realisasi / pagu, `-` where the pagu is 0 or empty. Example: `IF(C8=0,"-",D8/C8)`. */
export function capaianAnggaranFormula(pagu: string, realisasi: string): string {
  return `IF(${pagu}=0,"-",${realisasi}/${pagu})`;
}

/**
 * capaianAnggaranFormula for row after row (0-based) of two fixed columns, with the fixed parts joined
 * once: Tabel 3.8 asks it for every budget line. Example: `capaianAnggaranRows(2, 3)(7)` → `IF(C8=0,"-",D8/C8)`.
 */
export function capaianAnggaranRows(paguCol: number, realisasiCol: number): (row: number) => string {
  const pagu = columnLetters(paguCol);
  const head = `IF(${pagu}`;
  const middle = `=0,"-",${columnLetters(realisasiCol)}`;
  const divisor = `/${pagu}`;
  return (row) => {
    const r = String(row + 1);
    // Joined from an array, the formula is one flat string; `+` would keep a chain of its partial
    // strings on the heap for every row.
    return [head, r, middle, r, divisor, r, ')'].join('');
  };
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
  const bands = bandTexts(scale);
  let inner = '';
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i];
    inner =
      band.lower === null || inner === ''
        ? band.label
        : `IF(${pct}${op}${band.lower},${band.label},${inner})`;
  }
  return `IF(ISNUMBER(${capaian}),${inner},"")`;
}

/**
 * A scale's bands as formula text, made once per scale: kategoriFormula is asked for every row of
 * Tabel 3.7, and each bound's text is a Decimal's toString.
 */
const bandTexts = perObject((scale: BandScale) =>
  scale.bands.map((band) => ({
    lower: band.lower === null ? null : band.lower.toString(),
    label: textLiteral(band.label),
  })),
);

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
