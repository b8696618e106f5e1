import { Decimal } from '../decimal';
import type { BudgetNode, BudgetTable, BudgetTableDraft } from '../model/budget';
import type { EfficiencyTable } from '../model/efficiency';
import type { RecognisedTable } from '../model/workbook-model';

/** A recognised table before its budget figures are packed by column. */
type SettledTable = Exclude<RecognisedTable, BudgetTable> | BudgetTableDraft;
import type { StatedNumber } from '../model/source';
import type { NumberGuess } from '../numbers/types';
import { readNumber } from '../numbers/read-number';
import { cellAt, type SheetSnapshot } from '../snapshot';
import { readOptions } from './cells';

/**
 * Readings a single cell cannot decide but its column can (DESIGN.md §3.8, §5): a bare `0,94` in a
 * percentage column whose other values are points (`2,23`, `55,52`) is 0,94 %, not 94 %; and a Rupiah
 * amount that an Excel set to Indonesian turned into a small number on paste (`36,800` → 36,8,
 * `94,000` → 94) is read ×1000 where its parent's sum, or its row's capaian, holds only so. Each such
 * reading keeps its guess, which NUM-02 reports; an amount with three decimals is read back without
 * more evidence, since Rupiah have two. The model's stated numbers are corrected in place before any
 * check runs.
 */

/** The percentage columns of a table, each a list of the stated numbers down it. */
function percentColumns(table: SettledTable): StatedNumber[][] {
  const numbers = (xs: Array<StatedNumber | { text: string } | undefined>): StatedNumber[] =>
    xs.filter((x): x is StatedNumber => x !== undefined && 'value' in x);
  if (table.kind === 'anggaran')
    return [numbers([...table.nodes.map((n) => n.capaian), table.total?.capaian])];
  if (table.kind === 'kinerja')
    return [
      numbers([...table.rows.map((r) => r.capaian), table.average?.capaian]),
      numbers(table.rows.map((r) => r.lalu?.capaian)),
      numbers(table.rows.map((r) => r.kemajuan)),
      numbers(table.rows.map((r) => r.perbandinganStandar)),
    ];
  if (table.kind === 'efisiensi')
    return [
      numbers(table.rows.map((r) => r.capaian)),
      numbers(table.rows.map((r) => r.capaianAnggaran)),
      numbers(table.rows.map((r) => r.efisiensi)),
    ];
  return [];
}

function has(n: StatedNumber, guess: NumberGuess): boolean {
  return n.reading.guesses.includes(guess);
}

/**
 * Re-reads as points the small bare values of a percentage column written mostly in points: where more
 * of its bare values are points (above 1,5) than fractions — or as many, under a header that says "%" —
 * `0,94` is 0,94 %.
 */
function harmonisePercents(sheet: SheetSnapshot, column: StatedNumber[], headerSaysPercent: boolean): void {
  const points = column.filter((n) => has(n, 'persen-tanpa-tanda')).length;
  const fractions = column.filter((n) => has(n, 'persen-pecahan'));
  // A header that says "%" settles a tie: `5,05` and `1,27` under "Tingkat Efisiensi (%)" are both points.
  const inPoints = points > fractions.length || (headerSaysPercent && points > 0);
  if (fractions.length === 0 || !inPoints) return;
  for (const n of fractions) {
    const cell = cellAt(sheet, n.ref.row, n.ref.col);
    const reading = readNumber(cell?.value ?? null, 'persen', {
      ...readOptions(cell?.numberFormat),
      bareIsPoints: true,
    });
    if (!reading.ok) continue;
    n.value = reading.value;
    n.reading = reading;
  }
}

const THOUSAND = new Decimal(1000);

/**
 * How a native Rupiah number may be a pasted `36,800` that Excel read as 36,8 (`fraction`: a value
 * with at most three decimals) or `94,000` read as 94 (`small`: a whole number below 1 000, suspect only
 * in a column of large amounts). Whole amounts of 1 000 or more, the usual case, are decided first.
 */
function coercedShape(n: StatedNumber | undefined): 'fraction' | 'small' | undefined {
  if (n === undefined || n.reading.asText || n.reading.style !== 'bilangan' || n.value.isZero())
    return undefined;
  // Asked of every amount of a table: the exponent and the decimal places say it without a new Decimal.
  if (n.value.isInteger()) return n.value.e < 3 ? 'small' : undefined;
  return n.value.decimalPlaces() <= 3 ? 'fraction' : undefined;
}

function correct(n: StatedNumber): void {
  n.value = n.value.times(THOUSAND);
  n.reading = { ...n.reading, value: n.value, guesses: [...n.reading.guesses, 'koreksi-lokal'] };
}

/** A whole amount of 1 000 Rupiah or more: what a Rupiah column holds when it is read right. */
function wholeAmount(n: StatedNumber | undefined): boolean {
  return n !== undefined && n.value.isInteger() && n.value.abs().gte(THOUSAND);
}

/** The median size of a column's stated amounts: what a Rupiah figure of this table usually is. */
function typicalSize(values: Array<StatedNumber | undefined>): number {
  const sizes: number[] = [];
  for (const v of values) if (v !== undefined) sizes.push(Math.abs(v.value.toNumber()));
  if (sizes.length === 0) return 0;
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}

function sum(values: Array<StatedNumber | undefined>, corrected: ReadonlySet<StatedNumber>): Decimal {
  return values.reduce(
    (s, v) => (v === undefined ? s : s.plus(corrected.has(v) ? v.value.times(THOUSAND) : v.value)),
    new Decimal(0),
  );
}

/**
 * Finds, per Rupiah field, the amounts of a budget table that an Indonesian-locale Excel coerced, and
 * corrects them where the evidence leaves no doubt: a parent whose children sum to its figure only
 * with them ×1000 (or whose own figure ×1000 is the sum), deepest parents first so a corrected child
 * counts for its parent; or a row whose stated capaian agrees with realisasi ÷ pagu only so.
 */
function correctCoercedRupiah(table: BudgetTableDraft): void {
  const lines: Array<{ node: BudgetNode | NonNullable<BudgetTableDraft['total']>; children: number[] }> = [
    ...table.nodes.map((node) => ({ node, children: node.children })),
  ];
  if (table.total !== undefined) lines.push({ node: table.total, children: table.roots });
  for (const field of ['pagu', 'realisasi'] as const) {
    const fractions: StatedNumber[] = [];
    const small: StatedNumber[] = [];
    for (const l of lines) {
      const n = l.node[field];
      const shape = coercedShape(n);
      if (shape === 'fraction') fractions.push(n as StatedNumber);
      else if (shape === 'small') small.push(n as StatedNumber);
    }
    if (fractions.length === 0 && small.length === 0) continue;
    const largeColumn = small.length > 0 && typicalSize(lines.map((l) => l.node[field])) >= 100_000;
    const suspects = new Set(largeColumn ? [...fractions, ...small] : fractions);
    if (suspects.size === 0) continue;
    // Three decimals are no Rupiah (sen have two): 14,185 that Excel made 14,185 is 14.185 Rupiah — in a
    // column of whole amounts of 1 000 and more, where such a figure can be nothing else.
    const whole = lines.filter((l) => wholeAmount(l.node[field])).length;
    const statedCount = lines.filter((l) => l.node[field] !== undefined).length;
    const corrected = new Set<StatedNumber>(
      whole * 2 > statedCount ? [...suspects].filter((n) => n.value.decimalPlaces() === 3) : [],
    );
    // Deepest parents first (the lines are in tree order), the JUMLAH last.
    const order = [...table.nodes.keys()].reverse();
    if (table.total !== undefined) order.push(lines.length - 1);
    for (const i of order) {
      const { node, children } = lines[i];
      const stated = node[field];
      if (stated === undefined || children.length === 0) continue;
      const values = children.map((c) => table.nodes[c][field]);
      // Only a suspect (the parent's or a child's, corrected or not) can change what this parent says.
      if (!suspects.has(stated) && !values.some((v) => v !== undefined && suspects.has(v))) continue;
      const asRead = sum(values, corrected);
      if (asRead.eq(stated.value)) continue;
      const pending = values.filter(
        (v): v is StatedNumber => v !== undefined && suspects.has(v) && !corrected.has(v),
      );
      const all = new Set([...corrected, ...pending]);
      if (pending.length > 0 && sum(values, all).eq(stated.value)) pending.forEach((v) => corrected.add(v));
      else if (suspects.has(stated) && asRead.eq(stated.value.times(THOUSAND))) corrected.add(stated);
    }
    // A line's own capaian: realisasi ÷ pagu agrees only with the amount ×1000.
    for (const { node } of lines) {
      const { pagu, realisasi, capaian } = node;
      if (pagu === undefined || realisasi === undefined || capaian === undefined || pagu.value.isZero())
        continue;
      const stated = node[field] as StatedNumber;
      if (!suspects.has(stated) || corrected.has(stated)) continue;
      const near = (p: Decimal, r: Decimal) =>
        !p.isZero() && r.div(p).minus(capaian.value).abs().lte(new Decimal('0.0005'));
      const p = field === 'pagu' ? pagu.value.times(THOUSAND) : pagu.value;
      const r = field === 'realisasi' ? realisasi.value.times(THOUSAND) : realisasi.value;
      if (!near(pagu.value, realisasi.value) && near(p, r)) corrected.add(stated);
    }
    corrected.forEach(correct);
  }
}

/** The amount unit a header or title states: `(Rp juta)`, `dalam ribuan rupiah`, `Rp 000`, `(miliar)`. */
const AMOUNT_UNIT: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:miliar|milyar)\b/i, 1_000_000_000],
  [/\bjuta(?:an)?\b/i, 1_000_000],
  [/\bribu(?:an)?\b|\(\s*(?:rp\.?\s*)?000\s*\)|\brp\.?\s*000\b/i, 1_000],
];

function statedUnit(texts: Array<string | undefined>): number | undefined {
  for (const [re, unit] of AMOUNT_UNIT) if (texts.some((t) => t !== undefined && re.test(t))) return unit;
  return undefined;
}

/**
 * Marks the amounts of a table that states its unit ("Pagu (Rp juta)", a title "… dalam ribuan
 * rupiah") with Rupiah per unit, so that `625,125` is no doubtful Rupiah and tables in different units
 * compare in Rupiah. Returns whether the table has such a unit.
 */
function markAmountUnit(table: BudgetTableDraft | EfficiencyTable): boolean {
  const amountRoles = new Set(['pagu', 'realisasi', 'sisa', 'realisasiAnggaran']);
  const unit = statedUnit([
    ...table.roles.filter((r) => amountRoles.has(r.role)).map((r) => r.header),
    table.context.title,
  ]);
  if (unit === undefined) return false;
  const mark = (n: StatedNumber | undefined) => {
    if (n !== undefined) n.rupiahPerUnit = unit;
  };
  if (table.kind === 'anggaran') {
    for (const line of [...table.nodes, ...(table.total ? [table.total] : []), ...(table.closing ?? [])]) {
      mark(line.pagu);
      mark(line.realisasi);
      mark(line.sisa);
    }
  } else {
    for (const row of table.rows) {
      mark(row.pagu);
      mark(row.realisasiAnggaran);
    }
  }
  return true;
}

/**
 * Marks the amounts of columns that write sen on most lines (`1.234.000,00`): a fraction of two places
 * there is sen as meant, not a misread figure.
 */
function markSenColumns(columns: Array<Array<StatedNumber | undefined>>): void {
  for (const column of columns) {
    const stated = column.filter((n): n is StatedNumber => n !== undefined);
    const withSen = stated.filter((n) => n.reading.decimals === 2).length;
    if (withSen * 2 > stated.length) for (const n of stated) n.sen = true;
  }
}

/** The amount columns of a budget or efficiency table, each a list of the stated numbers down it. */
function amountColumns(table: BudgetTableDraft | EfficiencyTable): Array<Array<StatedNumber | undefined>> {
  if (table.kind === 'efisiensi')
    return [table.rows.map((r) => r.pagu), table.rows.map((r) => r.realisasiAnggaran)];
  const lines = [...table.nodes, ...(table.total ? [table.total] : []), ...(table.closing ?? [])];
  return [lines.map((l) => l.pagu), lines.map((l) => l.realisasi), lines.map((l) => l.sisa)];
}

/** Applies the column-level readings to a recognised table (in place). */
export function settleColumnReadings(sheet: SheetSnapshot, table: SettledTable): void {
  for (const column of percentColumns(table)) {
    const header =
      column.length === 0 ? undefined : table.roles.find((r) => r.col === column[0].ref.col)?.header;
    harmonisePercents(sheet, column, header !== undefined && /%|\bpersen\b/i.test(header));
  }
  if (table.kind === 'efisiensi') markAmountUnit(table);
  // Amounts in a stated unit have decimals of their own: none of them is a coerced paste.
  if (table.kind === 'anggaran' && !markAmountUnit(table)) correctCoercedRupiah(table);
  if (table.kind === 'anggaran' || table.kind === 'efisiensi') markSenColumns(amountColumns(table));
}
