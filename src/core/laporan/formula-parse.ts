/**
 * A parser for the invariant (en-US) formulas the planners write (excel-formulas.ts, text-formulas.ts):
 * numbers, "text", A1 references and ranges of the same sheet, defined names, array constants, function
 * calls, arithmetic, `&` and comparisons. Only that subset: anything else is a programmer error and
 * throws, so a planner that starts writing a new construct is caught by the tests of the document.
 */

export type FormulaNode =
  | { kind: 'number'; text: string }
  | { kind: 'text'; value: string }
  | { kind: 'ref'; row: number; col: number }
  | { kind: 'range'; top: number; left: number; bottom: number; right: number }
  | { kind: 'name'; name: string }
  | { kind: 'array'; items: FormulaNode[] }
  | { kind: 'call'; fn: string; args: FormulaNode[] }
  | { kind: 'unary'; op: '-' | '+'; arg: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode };

export type BinaryOp = '+' | '-' | '*' | '/' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

type Token =
  | { t: 'num'; v: string }
  | { t: 'str'; v: string }
  | { t: 'word'; v: string }
  | { t: 'op'; v: string }
  | { t: 'end' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    if (ch === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`Rumus tidak lengkap: ${src}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'str', v });
      continue;
    }
    const num = /^\d+(\.\d+)?(E[+-]?\d+)?/i.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (word) {
      out.push({ t: 'word', v: word[0] });
      i += word[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('+-*/&=<>(),:{}'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
      continue;
    }
    throw new Error(`Tanda tidak dikenal '${ch}' dalam rumus: ${src}`);
  }
  out.push({ t: 'end' });
  return out;
}

const CELL = /^([A-Z]{1,3})(\d+)$/;

function cellOf(word: string): { row: number; col: number } | undefined {
  const m = CELL.exec(word);
  if (!m) return undefined;
  let col = 0;
  for (const c of m[1]) col = col * 26 + (c.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Binary operators by precedence, lowest first (Excel: comparison < & < + - < * /). */
const LEVELS: ReadonlyArray<readonly BinaryOp[]> = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
];

/**
 * The syntax tree of a formula written without its `=`.
 * Example: `parseFormula('IF(C8=0,"-",D8/C8)')` → a call of IF with three arguments.
 */
export function parseFormula(src: string): FormulaNode {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (v: string) => {
    const t = tokens[p];
    return t.t === 'op' && t.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`'${v}' diharapkan dalam rumus: ${src}`);
    p++;
  };

  const binary = (level: number): FormulaNode => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t.t !== 'op' || !(LEVELS[level] as readonly string[]).includes(t.v)) return left;
      p++;
      left = { kind: 'binary', op: t.v as BinaryOp, left, right: binary(level + 1) };
    }
  };
  const unary = (): FormulaNode => {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[p++] as { v: '-' | '+' }).v;
      return { kind: 'unary', op, arg: unary() };
    }
    return primary();
  };
  const primary = (): FormulaNode => {
    const t = tokens[p++];
    if (t.t === 'num') return { kind: 'number', text: t.v };
    if (t.t === 'str') return { kind: 'text', value: t.v };
    if (t.t === 'op' && t.v === '(') {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (t.t === 'op' && t.v === '{') {
      const items: FormulaNode[] = [];
      if (!isOp('}')) {
        items.push(binary(0));
        while (isOp(',')) {
          p++;
          items.push(binary(0));
        }
      }
      expect('}');
      return { kind: 'array', items };
    }
    if (t.t === 'word') {
      if (isOp('(')) {
        p++;
        const args: FormulaNode[] = [];
        if (!isOp(')')) {
          args.push(binary(0));
          while (isOp(',')) {
            p++;
            args.push(binary(0));
          }
        }
        expect(')');
        return { kind: 'call', fn: t.v.toUpperCase(), args };
      }
      const cell = cellOf(t.v);
      if (cell && isOp(':')) {
        p++;
        const end = tokens[p++];
        const other = end.t === 'word' ? cellOf(end.v) : undefined;
        if (!other) throw new Error(`Rentang tidak lengkap dalam rumus: ${src}`);
        return {
          kind: 'range',
          top: Math.min(cell.row, other.row),
          left: Math.min(cell.col, other.col),
          bottom: Math.max(cell.row, other.row),
          right: Math.max(cell.col, other.col),
        };
      }
      if (cell) return { kind: 'ref', ...cell };
      if (/^(TRUE|FALSE)$/i.test(t.v)) return { kind: 'call', fn: t.v.toUpperCase(), args: [] };
      return { kind: 'name', name: t.v };
    }
    throw new Error(`Rumus tidak dapat dibaca: ${src}`);
  };

  const tree = binary(0);
  if (peek().t !== 'end') throw new Error(`Sisa tak terbaca dalam rumus: ${src}`);
  return tree;
}
