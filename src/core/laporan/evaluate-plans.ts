/**
 * The values of the planned sheets' formulas, computed as Excel computes them, so a document built from
 * the plans quotes exactly the figures the generated sheets show (DESIGN.md §9 `sakip laporan`). Only
 * the built-in functions the planners write (excel-formulas.ts, text-formulas.ts); references to other
 * generated sheets go through their owner marks (`OFFSET(SAKIP_3_8,45,3)`). Arithmetic in Decimal.
 */
import { Decimal } from '../decimal';
import type { PlanCell, SheetPlan } from '../plan/sheet-plan';
import { tableOfOwnerMark } from '../plan/sheet-plan';
import { parseFormula, type FormulaNode } from './formula-parse';

/** An Excel error value. */
export class FormulaError {
  constructor(readonly code: '#DIV/0!' | '#N/A' | '#VALUE!' | '#REF!' | '#NUM!') {}
}

/** A computed cell: a number, a text, a truth value, empty, or an error. */
export type CellValue = Decimal | string | boolean | null | FormulaError;

/** Cells of one plan referred to by a formula (a reference, a range, an OFFSET). */
interface Cells {
  plan: SheetPlan;
  at: Array<[number, number]>;
}

type Evaluated = CellValue | Cells | CellValue[];

const isCells = (v: Evaluated): v is Cells => v !== null && typeof v === 'object' && 'at' in v;
const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;
const isNumber = (v: unknown): v is Decimal => Decimal.isDecimal(v);
const SUBTOTAL_CALL = /\bSUBTOTAL\s*\(/i;

/** Excel's text of a number in `&` and LEN: up to 15 significant digits, no grouping, a point. */
export function generalText(d: Decimal): string {
  return d.toSignificantDigits(15).toFixed();
}

function toNumber(v: CellValue): Decimal | FormulaError {
  if (isNumber(v)) return v;
  if (v === null) return new Decimal(0);
  if (typeof v === 'boolean') return new Decimal(v ? 1 : 0);
  if (isError(v)) return v;
  const t = v.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? new Decimal(t) : new FormulaError('#VALUE!');
}

function toText(v: CellValue): string | FormulaError {
  if (isError(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isNumber(v)) return generalText(v);
  return v;
}

function toBool(v: CellValue): boolean | FormulaError {
  if (isError(v)) return v;
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  if (isNumber(v)) return !v.isZero();
  return new FormulaError('#VALUE!');
}

/** Excel's order of kinds in a comparison: numbers < texts < truth values; empty is 0 or "". */
function compare(a: CellValue, b: CellValue): number {
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : new Decimal(0);
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : new Decimal(0);
  const rank = (v: CellValue) => (isNumber(v) ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (isNumber(a) && isNumber(b)) return a.comparedTo(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/**
 * Computes the cells of a set of plans on demand, each once. The plans are those written together (the
 * result of one Susun), so every owner-mark reference finds its sheet.
 * Example: `new PlanEvaluator(plans).value(plan38, 45, 3)` → the JUMLAH row's pagu as a Decimal.
 */
export class PlanEvaluator {
  private readonly byTable = new Map<string, SheetPlan>();
  private readonly memo = new Map<SheetPlan, Map<number, CellValue>>();
  private readonly parsed = new Map<string, FormulaNode>();
  private readonly pending = new Set<string>();

  constructor(plans: SheetPlan[]) {
    for (const p of plans) this.byTable.set(p.table, p);
  }

  /** The value of the cell at (row, col) of `plan` (0-based); empty for a cell the plan does not have. */
  value(plan: SheetPlan, row: number, col: number): CellValue {
    let sheet = this.memo.get(plan);
    if (!sheet) this.memo.set(plan, (sheet = new Map()));
    const key = row * 16384 + col;
    const known = sheet.get(key);
    if (known !== undefined) return known;
    const cell: PlanCell | undefined = plan.cells[row]?.[col];
    let v: CellValue;
    if (cell?.formula !== undefined) {
      const guard = `${plan.table}:${key}`;
      if (this.pending.has(guard)) return new FormulaError('#REF!');
      this.pending.add(guard);
      try {
        v = this.scalar(this.evaluate(this.tree(cell.formula), plan));
      } finally {
        this.pending.delete(guard);
      }
    } else {
      const raw = cell?.value;
      v = raw === undefined || raw === null ? null : typeof raw === 'number' ? new Decimal(raw) : raw;
    }
    sheet.set(key, v);
    return v;
  }

  private tree(formula: string): FormulaNode {
    let t = this.parsed.get(formula);
    if (!t) this.parsed.set(formula, (t = parseFormula(formula)));
    return t;
  }

  private scalar(v: Evaluated): CellValue {
    if (Array.isArray(v)) return v[0] ?? null;
    if (!isCells(v)) return v;
    if (v.at.length !== 1) return new FormulaError('#VALUE!');
    const [r, c] = v.at[0];
    return this.value(v.plan, r, c);
  }

  /** Every value an argument stands for: the cells of a reference, the items of an array, or itself. */
  private values(v: Evaluated): CellValue[] {
    if (Array.isArray(v)) return v;
    if (isCells(v)) return v.at.map(([r, c]) => this.value(v.plan, r, c));
    return [v];
  }

  private evaluate(node: FormulaNode, plan: SheetPlan): Evaluated {
    switch (node.kind) {
      case 'number':
        return new Decimal(node.text);
      case 'text':
        return node.value;
      case 'ref':
        return { plan, at: [[node.row, node.col]] };
      case 'range': {
        const at: Array<[number, number]> = [];
        for (let r = node.top; r <= node.bottom; r++)
          for (let c = node.left; c <= node.right; c++) at.push([r, c]);
        return { plan, at };
      }
      case 'name':
        return new FormulaError('#REF!');
      case 'array':
        return node.items.map((n) => this.scalar(this.evaluate(n, plan)));
      case 'unary': {
        const x = toNumber(this.scalar(this.evaluate(node.arg, plan)));
        if (isError(x)) return x;
        return node.op === '-' ? x.negated() : x;
      }
      case 'binary':
        return this.binary(
          node.op,
          this.scalar(this.evaluate(node.left, plan)),
          this.scalar(this.evaluate(node.right, plan)),
        );
      case 'call':
        return this.call(node.fn, node.args, plan);
    }
  }

  private binary(op: string, a: CellValue, b: CellValue): CellValue {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === '&') {
      const x = toText(a);
      const y = toText(b);
      return isError(x) ? x : isError(y) ? y : x + y;
    }
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const c = compare(a, b);
      return op === '='
        ? c === 0
        : op === '<>'
          ? c !== 0
          : op === '<'
            ? c < 0
            : op === '>'
              ? c > 0
              : op === '<='
                ? c <= 0
                : c >= 0;
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    switch (op) {
      case '+':
        return x.plus(y);
      case '-':
        return x.minus(y);
      case '*':
        return x.times(y);
      default:
        return y.isZero() ? new FormulaError('#DIV/0!') : x.dividedBy(y);
    }
  }

  private call(fn: string, args: FormulaNode[], plan: SheetPlan): Evaluated {
    const arg = (i: number): CellValue =>
      i < args.length ? this.scalar(this.evaluate(args[i], plan)) : null;
    const num = (i: number) => toNumber(arg(i));
    const text = (i: number) => toText(arg(i));
    /** The numbers among all arguments (references: numbers only; direct values: coerced). */
    const numbers = (): Decimal[] | FormulaError => {
      const out: Decimal[] = [];
      for (const a of args) {
        const v = this.evaluate(a, plan);
        const direct = !isCells(v) && !Array.isArray(v);
        for (const x of this.values(v)) {
          if (isError(x)) return x;
          if (isNumber(x)) out.push(x);
          else if (direct) {
            const n = toNumber(x);
            if (isError(n)) return n;
            out.push(n);
          }
        }
      }
      return out;
    };
    switch (fn) {
      case 'TRUE':
        return true;
      case 'FALSE':
        return false;
      case 'IF': {
        const c = toBool(arg(0));
        if (isError(c)) return c;
        if (c) return this.evaluate(args[1], plan);
        return args.length > 2 ? this.evaluate(args[2], plan) : false;
      }
      case 'IFERROR': {
        const v = arg(0);
        return isError(v) ? arg(1) : v;
      }
      case 'ISNUMBER':
        return isNumber(arg(0));
      case 'AND':
      case 'OR': {
        const all = args.flatMap((a) => this.values(this.evaluate(a, plan)));
        const bools: boolean[] = [];
        for (const v of all) {
          if (isError(v)) return v;
          if (v === null || typeof v === 'string') continue;
          bools.push(isNumber(v) ? !v.isZero() : v);
        }
        if (bools.length === 0) return new FormulaError('#VALUE!');
        return fn === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
      }
      case 'SUM':
      case 'AVERAGE':
      case 'COUNT': {
        const ns = numbers();
        if (isError(ns)) return ns;
        if (fn === 'COUNT') return new Decimal(ns.length);
        const s = ns.reduce((a, b) => a.plus(b), new Decimal(0));
        if (fn === 'SUM') return s;
        return ns.length === 0 ? new FormulaError('#DIV/0!') : s.dividedBy(ns.length);
      }
      case 'SUBTOTAL': {
        // The planners write SUBTOTAL(9, …) for sums that would pass Excel's 8 192-character formula
        // limit (budget-sheet.ts). Like Excel and LibreOffice, it leaves out every cell of its ranges
        // that is itself a SUBTOTAL, so nested parents are not counted twice.
        const k = num(0);
        if (isError(k)) return k;
        if (!k.equals(9)) throw new Error(`SUBTOTAL(${k.toFixed()}) tidak dihitung oleh penyusun laporan.`);
        let sum = new Decimal(0);
        for (const a of args.slice(1)) {
          const v = this.evaluate(a, plan);
          if (!isCells(v)) return new FormulaError('#VALUE!');
          for (const [r, c] of v.at) {
            if (SUBTOTAL_CALL.test(v.plan.cells[r]?.[c]?.formula ?? '')) continue;
            const x = this.value(v.plan, r, c);
            if (isError(x)) return x;
            if (isNumber(x)) sum = sum.plus(x);
          }
        }
        return sum;
      }
      case 'COUNTA':
        return new Decimal(
          args.flatMap((a) => this.values(this.evaluate(a, plan))).filter((v) => v !== null).length,
        );
      case 'ROUND': {
        const x = num(0);
        const n = num(1);
        if (isError(x)) return x;
        if (isError(n)) return n;
        const places = n.trunc().toNumber();
        if (places >= 0) return x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
        const scale = new Decimal(10).pow(-places);
        return x.dividedBy(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(scale);
      }
      case 'INT': {
        const x = num(0);
        return isError(x) ? x : x.floor();
      }
      case 'ABS': {
        const x = num(0);
        return isError(x) ? x : x.abs();
      }
      case 'MOD': {
        const x = num(0);
        const y = num(1);
        if (isError(x)) return x;
        if (isError(y)) return y;
        if (y.isZero()) return new FormulaError('#DIV/0!');
        return x.minus(y.times(x.dividedBy(y).floor()));
      }
      case 'LEN': {
        const t = text(0);
        return isError(t) ? t : new Decimal([...t].length);
      }
      case 'LOWER': {
        const t = text(0);
        return isError(t) ? t : t.toLowerCase();
      }
      case 'LEFT':
      case 'RIGHT': {
        const t = text(0);
        const n = args.length > 1 ? num(1) : new Decimal(1);
        if (isError(t)) return t;
        if (isError(n)) return n;
        const k = n.trunc().toNumber();
        const chars = [...t];
        return fn === 'LEFT'
          ? chars.slice(0, k).join('')
          : chars.slice(Math.max(chars.length - k, 0)).join('');
      }
      case 'MID': {
        const t = text(0);
        const s = num(1);
        const n = num(2);
        if (isError(t)) return t;
        if (isError(s)) return s;
        if (isError(n)) return n;
        const start = s.trunc().toNumber() - 1;
        return [...t].slice(start, start + n.trunc().toNumber()).join('');
      }
      case 'CHOOSE': {
        const k = num(0);
        if (isError(k)) return k;
        const i = k.trunc().toNumber();
        if (i < 1 || i >= args.length) return new FormulaError('#VALUE!');
        return this.evaluate(args[i], plan);
      }
      case 'MATCH': {
        const x = arg(0);
        if (isError(x)) return x;
        const list = this.values(this.evaluate(args[1], plan));
        const i = list.findIndex((v) => v !== null && !isError(v) && compare(v, x) === 0);
        return i < 0 ? new FormulaError('#N/A') : new Decimal(i + 1);
      }
      case 'OFFSET': {
        const base = args[0];
        const r = num(1);
        const c = num(2);
        if (isError(r)) return r;
        if (isError(c)) return c;
        const table = base.kind === 'name' ? tableOfOwnerMark(base.name) : undefined;
        const target = table ? this.byTable.get(table) : undefined;
        if (!target) return new FormulaError('#REF!');
        return { plan: target, at: [[r.toNumber(), c.toNumber()]] };
      }
      default:
        throw new Error(`Fungsi ${fn} tidak dihitung oleh penyusun laporan.`);
    }
  }
}
