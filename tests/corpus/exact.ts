/**
 * Exact decimal arithmetic for the corpus oracle, on BigInt: a value is an integer numerator over a
 * power of ten. Enough for sums, differences, products and the comparisons |a/b − c| ≤ t without ever
 * dividing. Written for the oracle alone (it must not borrow the engine's number code).
 */
export interface Exact {
  n: bigint;
  /** The value is n / 10^scale. */
  scale: number;
}

export function exact(text: string): Exact {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a plain decimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[1]}${m[2]}${frac}`);
  return { n, scale: frac.length };
}

export const ZERO: Exact = { n: 0n, scale: 0 };

function align(a: Exact, b: Exact): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(s - a.scale), b.n * 10n ** BigInt(s - b.scale), s];
}

export function add(a: Exact, b: Exact): Exact {
  const [x, y, s] = align(a, b);
  return { n: x + y, scale: s };
}

export function sub(a: Exact, b: Exact): Exact {
  const [x, y, s] = align(a, b);
  return { n: x - y, scale: s };
}

export function mul(a: Exact, b: Exact): Exact {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

export function cmp(a: Exact, b: Exact): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function abs(a: Exact): Exact {
  return a.n < 0n ? { n: -a.n, scale: a.scale } : a;
}

export function isZero(a: Exact): boolean {
  return a.n === 0n;
}

export function sum(values: Exact[]): Exact {
  return values.reduce(add, ZERO);
}

/** Half a unit of the `places`-th decimal place: 2 → 0.005. */
export function halfUnit(places: number): Exact {
  return { n: 5n, scale: places + 1 };
}

/** |num/den − stated| ≤ tol, decided without dividing (den ≠ 0). */
export function quotientWithin(num: Exact, den: Exact, stated: Exact, tol: Exact): boolean {
  return cmp(abs(sub(num, mul(stated, den))), mul(tol, abs(den))) <= 0;
}

/** |a − b| ≤ tol. */
export function within(a: Exact, b: Exact, tol: Exact): boolean {
  return cmp(abs(sub(a, b)), tol) <= 0;
}

/** A readable decimal string (for messages). */
export function show(a: Exact): string {
  const neg = a.n < 0n;
  let digits = (neg ? -a.n : a.n).toString().padStart(a.scale + 1, '0');
  if (a.scale > 0) digits = `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}`;
  return `${neg ? '-' : ''}${digits}`;
}

/** The nearest double, for ranking only (never for a comparison that decides an error). */
export function approx(a: Exact): number {
  return Number(show(a));
}
