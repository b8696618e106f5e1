/** Roman numerals, as the numbering of programs in LKjIP budget tables uses them. */

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numeral of a positive integer: `toRoman(8)` → `VIII`, `toRoman(14)` → `XIV`. */
export function toRoman(n: number): string {
  let rest = n;
  let s = '';
  for (const [v, sym] of ROMAN) {
    while (rest >= v) {
      s += sym;
      rest -= v;
    }
  }
  return s;
}

/** The value of a canonical Roman numeral (either case), or undefined: `fromRoman('iv')` → 4, `fromRoman('IIII')` → undefined. */
export function fromRoman(s: string): number | undefined {
  const up = s.toUpperCase();
  let i = 0;
  let n = 0;
  for (const [v, sym] of ROMAN) {
    while (up.startsWith(sym, i)) {
      n += v;
      i += sym.length;
    }
  }
  return i === up.length && n > 0 && toRoman(n) === up ? n : undefined;
}
