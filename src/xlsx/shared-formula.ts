import { columnLetters } from '../core/snapshot';

/**
 * Excel saves a formula filled down or across once, on the first cell (`<f t="shared" si="0"
 * ref="E6:E40">D6/C6</f>`), and only the group number on the others. This gives another cell's formula:
 * relative A1 references move by the distance between the cells, `$` parts stay, text in quotes,
 * quoted sheet names and structured references (`Tabel1[Pagu]`) are left alone, and a reference moved
 * off the sheet becomes `#REF!`, as in Excel.
 * Example: `slideFormula('D6/C6*$B$1', 3, 0)` → `'D9/C9*$B$1'`.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === '[' ? ']' : undefined;
    if (close === undefined) {
      i++;
      continue;
    }
    out += slidePlain(formula.slice(from, i), rows, cols);
    const end = closingIndex(formula, i, close);
    out += formula.slice(i, end);
    from = i = end;
  }
  return out + slidePlain(formula.slice(from), rows, cols);
}

/** Index just after the quote or bracket that closes the one at `open` (doubled quotes escape). */
function closingIndex(formula: string, open: number, close: string): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (close === ']') {
      if (ch === '[') depth++;
      else if (ch === ']' && --depth === 0) return i + 1;
    } else if (i > open && ch === close) {
      if (formula[i + 1] === close) i++;
      else return i + 1;
    }
  }
  return formula.length;
}

/** A1 references: not inside a name (before), not a function or sheet name (after). */
const A1_REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!])/g;
const LAST_COLUMN = 16_383;
const LAST_ROW = 1_048_575;

function slidePlain(text: string, rows: number, cols: number): string {
  return text.replace(
    A1_REFERENCE,
    (whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      let col = 0;
      for (let k = 0; k < letters.length; k++) col = col * 26 + (letters.charCodeAt(k) - 64);
      col -= 1;
      let row = Number(digits) - 1;
      if (col > LAST_COLUMN || row > LAST_ROW || row < 0) return whole;
      if (colAbs === '') col += cols;
      if (rowAbs === '') row += rows;
      if (col < 0 || col > LAST_COLUMN || row < 0 || row > LAST_ROW) return `${before}#REF!`;
      return `${before}${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
    },
  );
}
