/**
 * Property-based tests (fast-check), seeded and reproducible: the seed is printed in every test name;
 * rerun one with `SAKIP_SEED=<seed> npx jest tests/reliability/properties` (fast-check also prints the
 * counterexample path on failure).
 * - readNumber never throws, and reads back what formatRupiah / formatPersen / formatAngka wrote.
 * - recogniseWorkbook never throws on random budget trees with formatting noise (marker styles, number
 *   styles, blank rows, continuation rows, a column-number row, titles, a JUMLAH row, hidden rows) and
 *   recognises the tree exactly — in memory, and a few hundred times through real .xlsx files.
 * - planTabel38/planTabel310: the SUM formulas, evaluated by the small evaluator below, equal the sums
 *   of the leaves, whatever the parents state.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import {
  packBudgetTable,
  type BudgetLevel,
  type BudgetNode,
  type BudgetTable,
} from '../../src/core/model/budget';
import { readNumber } from '../../src/core/numbers/read-number';
import { formatAngka, formatPersen, formatRupiah } from '../../src/core/numbers/format-number';
import { planTabel38 } from '../../src/core/plan/plan-tabel-38';
import { planTabel310 } from '../../src/core/plan/plan-tabel-310';
import type { PlanCell, SheetPlan } from '../../src/core/plan/sheet-plan';
import { recogniseWorkbook } from '../../src/core/recognise/recognise-workbook';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot, SnapshotCell } from '../../src/core/snapshot';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import { putRows } from './fixtures';

const SEED = Number(process.env.SAKIP_SEED ?? 20261127);
const RUNS = 10_000;
const FILE_RUNS = 200;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

jest.setTimeout(600_000);

// ---------------------------------------------------------------------------------------------------
// readNumber

describe(`readNumber (seed ${SEED})`, () => {
  it(`never throws, whatever it is given, and returns a reading or a reason (${RUNS} cases)`, () => {
    const noisy = fc.stringMatching(/^[-−(Rp. ]{0,3}[0-9.,\s]{0,14}[%)\-,]{0,3}[a-zA-Z ]{0,6}$/);
    const input = fc.oneof(fc.anything(), noisy, fc.double(), fc.string({ unit: 'grapheme' }));
    const kind = fc.constantFrom('rupiah' as const, 'persen' as const, 'angka' as const);
    fc.assert(
      fc.property(
        input,
        kind,
        fc.boolean(),
        fc.option(fc.constantFrom('0.00%', '#,##0', '0%', 'General', '[Red]0.0'), { nil: undefined }),
        (v, k, unit, nf) => {
          const r = readNumber(v, k, { allowUnit: unit, ...(nf ? { numberFormat: nf } : {}) });
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) expect(r.value.isFinite()).toBe(true);
        },
      ),
      params(RUNS),
    );
  });

  it(`reads back formatRupiah exactly, bare, with Rp. and ,- and negative (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 2 }),
        (n, style) => {
          const d = new Decimal(n.toString());
          const text = formatRupiah(d);
          const written = style === 0 ? text : style === 1 ? `Rp. ${text},-` : `Rp ${text}`;
          const r = readNumber(written, 'rupiah');
          expect(r.ok && r.value.eq(d)).toBe(true);
        },
      ),
      params(RUNS),
    );
  });

  it(`reads back formatPersen (hundredths of a point) as the same fraction, as text and as a native % cell (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (k) => {
        const fraction = new Decimal(k).div(10_000);
        const text = readNumber(formatPersen(fraction, 2), 'persen');
        expect(text.ok && text.value.eq(fraction)).toBe(true);
        const native = readNumber(fraction.toNumber(), 'persen', { numberFormat: '0.00%' });
        expect(native.ok && native.value.eq(fraction)).toBe(true);
      }),
      params(RUNS),
    );
  });

  it(`reads back formatAngka with decimals exactly (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }),
        fc.integer({ min: 1, max: 4 }),
        (n, decimals) => {
          const d = new Decimal(n.toString()).div(new Decimal(10).pow(decimals));
          const r = readNumber(formatAngka(d, decimals), 'angka');
          expect(r.ok && r.value.eq(d)).toBe(true);
        },
      ),
      params(RUNS),
    );
  });
});

describe('regressions found by the properties', () => {
  it('readNumber("0,,-") (two separators before the Rupiah dash) is "not a number", not a DecimalError', () => {
    for (const text of ['0,,-', '1..-', 'Rp. 5,,-']) {
      const r = readNumber(text, 'rupiah');
      expect(r.ok ? 'ok' : r.reason).toBe('bukan-angka');
    }
    expect(readNumber('1.234,-', 'rupiah')).toMatchObject({ ok: true, value: new Decimal(1234) });
  });
});

// ---------------------------------------------------------------------------------------------------
// Random budget trees

/** Words for names: none is a marker, a code, a total or an end-of-table word. */
const WORDS = [
  'Penyediaan',
  'Administrasi',
  'Koordinasi',
  'Pemeliharaan',
  'Gedung',
  'Kantor',
  'Perangkat',
  'Daerah',
  'Alat',
  'Bahan',
  'Tulis',
  'Perjalanan',
  'Dinas',
  'Jasa',
  'Listrik',
  'Air',
  'Pegawai',
  'Keuangan',
  'Perencanaan',
  'Evaluasi',
  'Kinerja',
  'Masyarakat',
  'Desa',
  'Kelurahan',
  'Ketertiban',
  'Umum',
  'Rapat',
  'Makanan',
  'Minuman',
  'Komputer',
  'Cetak',
  'dan',
  'untuk',
  'Modal',
  'Pengadaan',
  'Sarana',
];
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

interface Noise {
  /** The marker leads the name text instead of sitting in its own column. */
  markerInName: boolean;
  /** 0 native #,##0, 1 text 1.234.567, 2 text Rp. 1.234.567,-, 3 text 1,234,567. */
  numberStyle: number;
  /** An arabic marker written as a number (1), as text ("1") or with a dot ("1."). */
  arabicStyle: number;
  /** Text continuing the name on the next row. */
  continuation?: string;
  blankAfter: boolean;
  hidden: boolean;
}

interface Line {
  level: BudgetLevel;
  name: string;
  /** Leaf figures (parents get their sums, or random figures in the planner property). */
  pagu: number;
  realisasi: number;
  noise: Noise;
  children: Line[];
}

const noise: fc.Arbitrary<Noise> = fc.record({
  markerInName: fc.boolean(),
  numberStyle: fc.integer({ min: 0, max: 3 }),
  arabicStyle: fc.integer({ min: 0, max: 2 }),
  continuation: fc.option(
    words.map((w) => w.toLowerCase()),
    { nil: undefined, freq: 2 },
  ),
  blankAfter: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  hidden: fc.boolean(),
});

const PREFIX: Record<BudgetLevel, string> = {
  program: 'PROGRAM ',
  kegiatan: '',
  subkegiatan: '',
  rekening: 'Belanja ',
};

function lineOf(level: BudgetLevel, children: fc.Arbitrary<Line[]>): fc.Arbitrary<Line> {
  return fc
    .record({
      name: words,
      pagu: fc.integer({ min: 0, max: 1_000_000_000_000 }),
      persen: fc.integer({ min: 0, max: 100 }),
      noise,
      children,
    })
    .map(({ name, pagu, persen, noise: n, children: kids }) => ({
      level,
      name: level === 'program' ? `${PREFIX.program}${name.toUpperCase()}` : `${PREFIX[level]}${name}`,
      pagu,
      realisasi: Math.floor((pagu / 100) * persen),
      noise: n,
      children: kids,
    }));
}

const rekening = lineOf('rekening', fc.constant([]));
const sub = lineOf('subkegiatan', fc.array(rekening, { maxLength: 3 }));
const kegiatan = lineOf('kegiatan', fc.array(sub, { maxLength: 3 }));
const program = lineOf('program', fc.array(kegiatan, { maxLength: 3 }));
const tree = fc.array(program, { minLength: 1, maxLength: 3 });

/** Table-level noise: where it starts, a title, a column-number row, a capaian column, a JUMLAH row. */
const layout = fc.record({
  top: fc.integer({ min: 0, max: 4 }),
  left: fc.integer({ min: 0, max: 3 }),
  title: fc.boolean(),
  numberRow: fc.boolean(),
  capaian: fc.boolean(),
  total: fc.boolean(),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

/** Pre-order list of lines with each one's leaf sums (exact, in Decimal). */
function flatten(lines: Line[]): Array<{ line: Line; pagu: Decimal; realisasi: Decimal }> {
  const out: Array<{ line: Line; pagu: Decimal; realisasi: Decimal }> = [];
  const walk = (l: Line): { pagu: Decimal; realisasi: Decimal } => {
    const entry = { line: l, pagu: new Decimal(0), realisasi: new Decimal(0) };
    out.push(entry);
    if (l.children.length === 0) {
      entry.pagu = new Decimal(l.pagu);
      entry.realisasi = new Decimal(l.realisasi);
    } else {
      for (const c of l.children) {
        const s = walk(c);
        entry.pagu = entry.pagu.plus(s.pagu);
        entry.realisasi = entry.realisasi.plus(s.realisasi);
      }
    }
    return entry;
  };
  lines.forEach(walk);
  return out;
}

function markerOf(level: BudgetLevel, n: number, arabicStyle: number): string | number {
  switch (level) {
    case 'program':
      return ['I', 'II', 'III', 'IV', 'V'][n - 1];
    case 'kegiatan':
      return arabicStyle === 0 ? n : arabicStyle === 1 ? String(n) : `${n}.`;
    case 'subkegiatan':
      return `${n})`;
    default:
      return '-';
  }
}

function figureCell(d: Decimal, style: number): CellValue | SnapshotCell {
  const id = formatRupiah(d);
  switch (style) {
    case 0:
      return { value: d.toNumber(), numberFormat: '#,##0' };
    case 1:
      return id;
    case 2:
      return `Rp. ${id},-`;
    default:
      return id.replace(/\./g, ',');
  }
}

/** The sheet rows of a generated table (relative to its origin) and the hidden rows. */
function tableRows(
  lines: Line[],
  lay: Layout,
): { rows: Array<Array<CellValue | SnapshotCell | undefined>>; hidden: number[]; headerRow: number } {
  const rows: Array<Array<CellValue | SnapshotCell | undefined>> = [];
  const hidden: number[] = [];
  if (lay.title) rows.push(['Tabel 3.8 Capaian Anggaran Program dan Kegiatan'], []);
  const headerRow = rows.length;
  rows.push([
    'No',
    'Program/Kegiatan/Sub Kegiatan',
    'Pagu Anggaran',
    'Realisasi',
    ...(lay.capaian ? ['Capaian (%)'] : []),
  ]);
  if (lay.numberRow) rows.push([1, 2, 3, 4, ...(lay.capaian ? [5] : [])]);
  const sums = new Map(flatten(lines).map((e) => [e.line, e]));
  const emit = (l: Line, n: number) => {
    const s = sums.get(l)!;
    const marker = markerOf(l.level, n, l.noise.arabicStyle);
    const row: Array<CellValue | SnapshotCell | undefined> = l.noise.markerInName
      ? [undefined, `${marker} ${l.name}`]
      : [marker, l.name];
    row.push(figureCell(s.pagu, l.noise.numberStyle), figureCell(s.realisasi, l.noise.numberStyle));
    if (lay.capaian && !s.pagu.isZero())
      row.push({ value: s.realisasi.div(s.pagu).toDecimalPlaces(4).toNumber(), numberFormat: '0.00%' });
    if (l.noise.hidden) hidden.push(rows.length);
    rows.push(row);
    if (l.noise.continuation) rows.push([undefined, l.noise.continuation]);
    if (l.noise.blankAfter) rows.push([]);
    l.children.forEach((c, i) => emit(c, i + 1));
  };
  lines.forEach((l, i) => emit(l, i + 1));
  if (lay.total) {
    const total = flatten(lines)
      .filter((e) => e.line.level === 'program')
      .reduce((a, e) => [a[0].plus(e.pagu), a[1].plus(e.realisasi)], [new Decimal(0), new Decimal(0)]);
    rows.push([undefined, 'JUMLAH', figureCell(total[0], 0), figureCell(total[1], 0)]);
  }
  return { rows, hidden, headerRow };
}

function sheetFromRows(
  name: string,
  rows: Array<Array<CellValue | SnapshotCell | undefined>>,
  lay: Layout,
  hidden: number[],
): SheetSnapshot {
  const out: SheetSnapshot['rows'] = [];
  rows.forEach((line, i) => {
    const row: Array<SnapshotCell | undefined> = [];
    let any = false;
    line.forEach((v, j) => {
      if (v === undefined || v === null || v === '') return;
      row[lay.left + j] = typeof v === 'object' && 'value' in v ? v : { value: v as CellValue };
      any = true;
    });
    if (any) out[lay.top + i] = row;
  });
  return {
    name,
    rows: out,
    merges: [],
    hiddenRows: new Set(hidden.map((r) => r + lay.top)),
    hiddenColumns: new Set(),
  };
}

/** What the recogniser must find: level, name (continuation joined), pagu and realisasi per line. */
function expectedNodes(lines: Line[]) {
  return flatten(lines).map(({ line, pagu, realisasi }) => ({
    level: line.level,
    name: line.noise.continuation ? `${line.name} ${line.noise.continuation}` : line.name,
    pagu: pagu.toString(),
    realisasi: realisasi.toString(),
  }));
}

function recognisedNodes(table: BudgetTable) {
  return table.nodes.map((n) => ({
    level: n.level,
    name: n.name,
    pagu: n.pagu?.value.toString(),
    realisasi: n.realisasi?.value.toString(),
  }));
}

function expectRecognised(sheet: SheetSnapshot, lines: Line[], lay: Layout): BudgetTable {
  const model = recogniseWorkbook({ name: 'acak.xlsx', sheets: [sheet] });
  expect(model.budgets).toHaveLength(1);
  const [t] = model.budgets;
  expect(recognisedNodes(t)).toEqual(expectedNodes(lines));
  expect(t.roots).toHaveLength(lines.length);
  if (lay.total) {
    const sums = flatten(lines).filter((e) => e.line.level === 'program');
    expect(t.total?.pagu?.value.toString()).toBe(
      sums.reduce((a, e) => a.plus(e.pagu), new Decimal(0)).toString(),
    );
  }
  return t;
}

describe(`recogniseWorkbook on random budget trees with formatting noise (seed ${SEED})`, () => {
  it(`never throws and recognises the tree exactly, in memory (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(tree, layout, (lines, lay) => {
        const { rows, hidden } = tableRows(lines, lay);
        expectRecognised(sheetFromRows('Anggaran', rows, lay, hidden), lines, lay);
      }),
      params(RUNS),
    );
  });

  it(`recognises the tree exactly through real .xlsx files (ExcelJS write, loadXlsx) (${FILE_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(tree, layout, async (lines, lay) => {
        const { rows, hidden } = tableRows(lines, lay);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('Anggaran');
        putRows(ws, rows, lay.top + 1, lay.left + 1);
        for (const r of hidden) ws.getRow(r + lay.top + 1).hidden = true;
        const { snapshot } = await loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'acak.xlsx');
        const t = expectRecognised(snapshot.sheets[0], lines, lay);
        expectPlanSums(t, lines);
      }),
      params(FILE_RUNS),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// A tiny evaluator for the generated formulas: numbers, strings, A1 references and ranges, + - * /,
// `=` comparison, SUM and IF. Enough for the budget sheets; anything else throws (a test failure).

type Val = Decimal | string | null | Val[];

function evaluator(plan: SheetPlan) {
  const memo = new Map<string, Val>();
  const cellAt = (row: number, col: number): PlanCell | undefined => plan.cells[row]?.[col];
  const valueOf = (row: number, col: number): Val => {
    const key = `${row}:${col}`;
    if (memo.has(key)) return memo.get(key)!;
    const cell = cellAt(row, col);
    let v: Val = null;
    if (cell?.formula !== undefined) v = evaluate(cell.formula);
    else if (typeof cell?.value === 'number') v = new Decimal(cell.value);
    else if (typeof cell?.value === 'string') v = cell.value;
    memo.set(key, v);
    return v;
  };
  const parseRef = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const num = (v: Val): Decimal => {
    if (v instanceof Decimal) return v;
    if (v === null) return new Decimal(0);
    throw new Error(`not a number: ${JSON.stringify(v)}`);
  };
  const flat = (v: Val): Val[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);

  function evaluate(formula: string): Val {
    const tokens =
      formula.match(/"(?:[^"]|"")*"|[A-Z]+\d+(?::[A-Z]+\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/=(),]/g) ?? [];
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    const expr = (): Val => {
      const left = add();
      if (peek() === '=') {
        next();
        const right = add();
        return num(left).eq(num(right)) ? 'TRUE' : 'FALSE';
      }
      return left;
    };
    const add = (): Val => {
      let v = mul();
      while (peek() === '+' || peek() === '-')
        v = next() === '+' ? num(v).plus(num(mul())) : num(v).minus(num(mul()));
      return v;
    };
    const mul = (): Val => {
      let v = unary();
      while (peek() === '*' || peek() === '/')
        v = next() === '*' ? num(v).times(num(unary())) : num(v).div(num(unary()));
      return v;
    };
    const unary = (): Val => (peek() === '-' ? (next(), num(unary()).neg()) : primary());
    const primary = (): Val => {
      const t = next();
      if (t === '(') {
        const v = expr();
        next();
        return v;
      }
      if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
      if (/^\d/.test(t)) return new Decimal(t);
      if (/^[A-Z]+\d+:/.test(t)) {
        const [a, b] = t.split(':').map(parseRef);
        const out: Val[] = [];
        for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(valueOf(r, c));
        return out;
      }
      if (/^[A-Z]+\d+$/.test(t)) {
        const { row, col } = parseRef(t);
        return valueOf(row, col);
      }
      next();
      const args: Val[] = [];
      if (peek() !== ')') {
        args.push(expr());
        while (peek() === ',') {
          next();
          args.push(expr());
        }
      }
      next();
      if (t === 'SUM')
        return args
          .flatMap(flat)
          .reduce<Decimal>((a, v) => (v instanceof Decimal ? a.plus(v) : a), new Decimal(0));
      if (t === 'IF') return args[0] === 'TRUE' ? args[1] : args[2];
      throw new Error(`function ${t} is not in the evaluator`);
    };
    const v = expr();
    if (i !== tokens.length) throw new Error(`unparsed rest of ${formula}`);
    return v;
  }
  return valueOf;
}

const LEVEL_STYLES = new Set(['program', 'kegiatan', 'subkegiatan', 'rekening']);

/** Rows of the plan that hold budget lines, in order, and the JUMLAH row. */
function dataRows(plan: SheetPlan): { lines: number[]; total: number } {
  const lines: number[] = [];
  let total = -1;
  plan.cells.forEach((row, r) => {
    const style = row?.[0]?.style;
    if (style !== undefined && LEVEL_STYLES.has(style)) lines.push(r);
    if (style === 'jumlah') total = r;
  });
  return { lines, total };
}

/** Checks Tabel 3.8 and 3.10 of a table: every line's evaluated pagu/realisasi is its leaf sum. */
function expectPlanSums(table: BudgetTable, lines: Line[]): void {
  const flat = flatten(lines);
  const grand = flat
    .filter((e) => e.line.level === 'program')
    .reduce((a, e) => [a[0].plus(e.pagu), a[1].plus(e.realisasi)], [new Decimal(0), new Decimal(0)]);
  for (const [plan, shown] of [
    [planTabel38(table).plan, flat],
    [planTabel310(table).plan, flat.filter((e) => e.line.level === 'program' || e.line.level === 'kegiatan')],
  ] as const) {
    const value = evaluator(plan);
    const { lines: rows, total } = dataRows(plan);
    const hasCode = plan.cells.some((r) => r?.[1]?.style === 'header' && /KODE/i.test(String(r[1].value)));
    const paguCol = hasCode ? 3 : 2;
    // One comparison per plan: jest's expect is costly at 10 000 runs.
    const actual = [...rows.map((r) => [r, paguCol]), [total, paguCol]].map(
      ([r, c]) => `${String(value(r, c))}/${String(value(r, c + 1))}`,
    );
    const expected = [...shown.map((e) => `${e.pagu}/${e.realisasi}`), `${grand[0]}/${grand[1]}`];
    if (actual.join('|') !== expected.join('|')) expect(actual).toEqual(expected);
  }
}

/** A BudgetTable straight from the generated lines; parents state random figures the planner must ignore. */
function tableOf(lines: Line[], parentFigures: boolean): BudgetTable {
  const nodes: BudgetNode[] = [];
  const roots: number[] = [];
  const walk = (l: Line, parent: number | undefined) => {
    const index = nodes.length;
    const row = 5 + index;
    const stated = (v: number, col: number) => ({
      ref: { sheet: 'Anggaran', row, col },
      value: new Decimal(v),
      reading: {
        ok: true as const,
        value: new Decimal(v),
        style: 'bilangan' as const,
        asText: false,
        percent: false,
        decimals: 0,
        guesses: [],
      },
    });
    const leaf = l.children.length === 0;
    const node: BudgetNode = {
      index,
      level: l.level,
      name: l.name,
      row,
      lastRow: row,
      nameRef: { ref: { sheet: 'Anggaran', row, col: 1 }, text: l.name },
      children: [],
      ...(leaf || parentFigures ? { pagu: stated(l.pagu, 2), realisasi: stated(l.realisasi, 3) } : {}),
      ...(parent !== undefined ? { parent } : {}),
    };
    nodes.push(node);
    if (parent === undefined) roots.push(index);
    else nodes[parent].children.push(index);
    l.children.forEach((c) => walk(c, index));
  };
  lines.forEach((l) => walk(l, undefined));
  return packBudgetTable({
    kind: 'anggaran',
    sheet: 'Anggaran',
    range: { top: 3, left: 0, bottom: 4 + nodes.length, right: 4 },
    headerRange: { top: 3, left: 0, bottom: 4, right: 4 },
    style: 'lkjip',
    columns: { name: 1, pagu: 2, realisasi: 3 },
    roles: [],
    context: {},
    unplaced: [],
    nodes,
    roots,
  });
}

describe(`planTabel38 and planTabel310 on random trees (seed ${SEED})`, () => {
  it(`never throw, and their SUM formulas evaluate to the sums of the leaves, whatever the parents state (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (lines, parentFigures) => {
        expectPlanSums(tableOf(lines, parentFigures), lines);
      }),
      params(RUNS),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Random sheets: header words of every table kind among random values, errors and formulas

/** Header words of budget, indicator and survey tables, so random sheets do reach every recogniser. */
const HEADER_WORDS = [
  'No',
  'Uraian',
  'Program/Kegiatan',
  'Pagu Anggaran',
  'Realisasi',
  'Capaian (%)',
  'Kode Rekening',
  'Anggaran',
  'Sasaran Strategis',
  'Indikator Kinerja',
  'Target',
  'Realisasi',
  'Capaian',
  'Satuan',
  'Kategori',
  'Tujuan',
  'Responden',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
  'U7',
  'U8',
  'U9',
  'NRR',
  'IKM',
  'Mutu',
  'JUMLAH',
  'Rata-rata',
  'Tahun 2023',
  'Target Akhir Renstra',
  'Standar Nasional',
  'Polaritas',
  'Efisiensi',
];

const randomCell: fc.Arbitrary<SnapshotCell | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS).map((value) => ({ value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'I',
        'II',
        '1',
        '1)',
        '-',
        '1.1',
        '7.01.01',
        '7.01.01.2.01',
        '5.1.02.01.01.0024',
        'BB',
        'A',
      )
      .map((value) => ({ value })),
  },
  {
    weight: 3,
    arbitrary: fc
      .oneof(fc.integer({ min: -1000, max: 1e12 }), fc.double({ noNaN: false }))
      .map((value) => ({ value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '2.399.800',
        '99,97 %',
        '82 Nilai',
        '100 %',
        'Rp. 1.000,-',
        '36,800',
        '(5.000)',
        '1,5',
        '',
      )
      .map((value) => ({ value })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((error) => ({ value: { error } })),
  },
  { weight: 1, arbitrary: fc.constant({ value: null, formula: 'SUM(C3:C5)' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constant({ value: 0.8617, numberFormat: '0.00%' }) },
);

/** Header rows of the three table kinds (as users write them), one of which tops each random sheet. */
const HEADERS: string[][] = [
  ['No', 'Program/Kegiatan', 'Pagu Anggaran', 'Realisasi', 'Capaian (%)'],
  ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi', 'Sisa', 'Persentase'],
  ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Kategori'],
  ['No', 'Indikator Kinerja', 'Satuan', 'Target Akhir Renstra', 'Realisasi', 'Standar Nasional', 'Polaritas'],
  ['Responden', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
  ['Unsur', 'NRR', 'NRR Tertimbang', 'IKM', 'Mutu'],
];

const randomSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    top: fc.nat(3),
    left: fc.nat(2),
    body: fc.array(fc.array(randomCell, { maxLength: 10 }), { maxLength: 12 }),
    merge: fc.option(fc.record({ top: fc.nat(6), left: fc.nat(4), h: fc.nat(2), w: fc.nat(2) }), {
      nil: undefined,
    }),
  })
  .map(({ header, top, left, body, merge }) => {
    const rows: SheetSnapshot['rows'] = [];
    rows[top] = [...Array<undefined>(left), ...header.map((value) => ({ value }))];
    body.forEach((r, i) => {
      if (r.some((c) => c !== undefined)) rows[top + 1 + i] = [...Array<undefined>(left), ...r];
    });
    return {
      name: 'Acak',
      rows,
      merges: merge
        ? [{ top: merge.top, left: merge.left, bottom: merge.top + merge.h, right: merge.left + merge.w }]
        : [],
      hiddenRows: new Set<number>(),
      hiddenColumns: new Set<number>(),
    };
  });

describe(`periksa and susun on random sheets of header words, figures, errors and formulas (seed ${SEED})`, () => {
  it(`never throw, and every finding names a sheet and an A1 cell (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(randomSheet, { minLength: 1, maxLength: 2 }), (sheets) => {
        const snapshot = {
          name: 'acak.xlsx',
          sheets: sheets.map((s, i) => ({ ...s, name: `Acak ${i + 1}` })),
        };
        const result = periksaWorkbook(snapshot, DEFAULT_SETTINGS);
        susunWorkbook(result, DEFAULT_SETTINGS);
        for (const f of result.findings) {
          if (!/^[A-Z]{1,3}\d{1,7}$/.test(f.cell) || !f.sheet)
            expect(f).toEqual('a finding with a sheet and a cell');
        }
      }),
      params(RUNS),
    );
  });
});
