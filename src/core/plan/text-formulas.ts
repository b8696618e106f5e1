/**
 * Built-in Excel formulas that turn live numbers into Indonesian text (for the Ringkasan's sentences),
 * and references to other generated sheets through their owner marks.
 *
 * TEXT() and FIXED() take their separators from the reader's locale, so a sentence built with them
 * would read `2,702,337,210` in an English Excel and `2.702.337.210` in an Indonesian one. These
 * formulas build the digits group by group with INT, MOD and RIGHT instead, and read the same in every
 * locale and in LibreOffice.
 */
import type { TableId } from './sheet-plan';
import { ownerMarkName } from './sheet-plan';
import { textLiteral } from './excel-formulas';
import { KATA_BILANGAN } from '../messages/analisis';

/**
 * A cell of another generated sheet, through that sheet's owner mark (a defined name on its A1):
 * `markRef('3.8', 45, 3)` → `OFFSET(SAKIP_3_8,45,3)`. Unlike `'Tabel 3.8'!D46` it stays right when the
 * writer had to give the sheet another name (`Tabel 3.8 (2)`, a user sheet having the wanted one) or
 * the user renames it, and it is never a user's sheet of the same name.
 */
export function markRef(table: TableId, row: number, col: number): string {
  return `OFFSET(${ownerMarkName(table)},${row},${col})`;
}

/**
 * A whole Rupiah amount as `2.702.337.210` (rounded half up to whole Rupiah, `-` sign for negatives,
 * up to 999.999.999.999.999). The digits are cut from the number's own text (`&""`, exact up to 15
 * digits) rather than computed with INT and MOD: both Excel and LibreOffice round a quotient such as
 * 999999999,999999 up to the next integer, which would print 999.000.000.999.999.
 * Example: `rupiahTextFormula('B12')` → `IF(ROUND(B12,0)<0,"-","")&LEFT(ABS(ROUND(B12,0))&"",…)&IF(…)`.
 */
export function rupiahTextFormula(ref: string): string {
  const digits = `(ABS(ROUND(${ref},0))&"")`;
  const len = `LEN${digits}`;
  const lead = `(MOD(${len}-1,3)+1)`;
  let out = `IF(ROUND(${ref},0)<0,"-","")&LEFT(${digits},${lead})`;
  for (let k = 0; k < 4; k++)
    out += `&IF(${len}>${3 * (k + 1)},"."&MID(${digits},${lead}+${3 * k + 1},3),"")`;
  return out;
}

/**
 * A fraction as an Indonesian percentage with two decimals, `0.86170` → `86,17%`, rounded half up on
 * the basis points; `-` when the cell holds no number. Example: `persenTextFormula('B14')`.
 */
export function persenTextFormula(ref: string): string {
  return `IF(ISNUMBER(${ref}),${twoDecimals(`${ref}*10000`)}&"%","-")`;
}

/** A number with two decimals and a decimal comma, `1.1605` → `1,16`; `-` for no number. */
export function angkaTextFormula(ref: string): string {
  return `IF(ISNUMBER(${ref}),${twoDecimals(`${ref}*100`)},"-")`;
}

function twoDecimals(scaled: string): string {
  const p = `ROUND(ABS(${scaled}),0)`;
  return `IF(ROUND(${scaled},0)<0,"-","")&INT(${p}/100)&","&RIGHT("0"&MOD(${p},100),2)`;
}

/**
 * A count with its word in brackets, as reports write it: `2` → `2 (dua)`; above 20 the digits only.
 * Example: `bilanganFormula('B5')` → `B5&IF(AND(B5>=0,B5<=20)," ("&CHOOSE(B5+1,"nol",…)&")","")`.
 */
export function bilanganFormula(ref: string): string {
  const words = KATA_BILANGAN.map(textLiteral).join(',');
  return `${ref}&IF(AND(${ref}>=0,${ref}<=20,${ref}=INT(${ref}))," ("&CHOOSE(${ref}+1,${words})&")","")`;
}
