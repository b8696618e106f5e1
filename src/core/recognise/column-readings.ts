import { Decimal } from '../decimal';
import type { BudgetTable } from '../model/budget';
import { amountOf } from '../model/budget-figures';
import type { EfficiencyTable } from '../model/efficiency';
import type { RecognisedTable } from '../model/workbook-model';
import type { IndicatorTable } from '../model/indicator';
import type { StatedNumber, StatedText } from '../model/source';
import type { NumberGuess, NumberReadingOk } from '../numbers/types';
import { readNumber } from '../numbers/read-number';
import { cellAt, type SheetSnapshot } from '../snapshot';
import { readOptions } from './cells';

/**
 * Readings a single cell cannot decide but its column can (DESIGN.md §3.8, §5): a bare `0,94` in a
 * percentage column whose other values are points (`2,23`, `55,52`) is 0,94 %, not 94 %; and a Rupiah
 * amount that an Excel set to Indonesian turned into a small number on paste (`36,800` → 36,8,
 * `94,000` → 94) is read ×1000 where its parent's sum, or its row's capaian, holds only so. Each such
 * reading keeps its guess, which NUM-02 reports; an amount with three decimals is read back without
 * more evidence, since Rupiah have two. The model's stated numbers are corrected (in place, or in a
 * budget's columns) before any check runs.
 */

/** Stores a figure's new reading: in the stated number itself, or in a budget table's columns. */
type Store = (n: StatedNumber, at: number, reading: NumberReadingOk) => void;

const inPlace: Store = (n, _at, reading) => {
  n.value = reading.value;
  n.reading = reading;
};

/**
 * The percentage columns of a table, each the stated numbers down it (undefined where a row states
 * none) with where a new reading of one is stored.
 */
function percentColumns(
  table: RecognisedTable,
): Array<{ column: Array<StatedNumber | undefined>; store: Store }> {
  const numbers = (xs: Array<StatedNumber | { text: string } | undefined>) => ({
    column: xs.filter((x): x is StatedNumber => x !== undefined && 'value' in x),
    store: inPlace,
  });
  if (table.kind === 'anggaran') {
    // Only bare fractions are ever read again: a budget without one (nearly all) has nothing to harmonise.
    if (!hasBareFraction(table)) return [];
    const lines = table.nodes.length;
    const store: Store = (n, at, reading) =>
      at < lines
        ? table.figures.put('capaian', at, { ref: n.ref, value: reading.value, reading })
        : inPlace(n, at, reading);
    return [{ column: [...table.nodes.map((n) => n.capaian), table.total?.capaian], store }];
  }
  if (table.kind === 'kinerja') {
    // As in a budget: an indicator table without a bare fraction has nothing to harmonise.
    if (!hasBareFractionIndicator(table)) return [];
    return [
      numbers([...table.rows.map((r) => r.capaian), table.average?.capaian]),
      numbers(table.rows.map((r) => r.lalu?.capaian)),
      numbers(table.rows.map((r) => r.kemajuan)),
      numbers(table.rows.map((r) => r.perbandinganStandar)),
    ];
  }
  if (table.kind === 'efisiensi')
    return [
      numbers(table.rows.map((r) => r.capaian)),
      numbers(table.rows.map((r) => r.capaianAnggaran)),
      numbers(table.rows.map((r) => r.efisiensi)),
    ];
  return [];
}

/** Whether a budget's capaian column holds a bare value read as a fraction (`persen-pecahan`). */
function hasBareFraction(table: BudgetTable): boolean {
  for (const reading of table.figures.readingCounts('capaian').counts.keys())
    if (reading.guesses.includes('persen-pecahan')) return true;
  return table.total?.capaian !== undefined && has(table.total.capaian, 'persen-pecahan');
}

/** Whether an indicator table's percentage columns hold a bare value read as a fraction. */
function hasBareFractionIndicator(table: IndicatorTable): boolean {
  if (isBareFraction(table.average?.capaian)) return true;
  // An indexed loop and no closure: asked of every row of a table.
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (
      isBareFraction(r.capaian) ||
      isBareFraction(r.lalu?.capaian) ||
      isBareFraction(r.kemajuan) ||
      isBareFraction(r.perbandinganStandar)
    )
      return true;
  }
  return false;
}

function isBareFraction(x: StatedNumber | StatedText | undefined): boolean {
  return x !== undefined && 'value' in x && has(x, 'persen-pecahan');
}

function has(n: StatedNumber, guess: NumberGuess): boolean {
  return n.reading.guesses.includes(guess);
}

/**
 * Re-reads as points the small bare values of a percentage column written mostly in points: where more
 * of its bare values are points (above 1,5) than fractions — or as many, under a header that says "%" —
 * `0,94` is 0,94 %.
 */
function harmonisePercents(
  sheet: SheetSnapshot,
  column: Array<StatedNumber | undefined>,
  store: Store,
  headerSaysPercent: boolean,
): void {
  let points = 0;
  const fractions: number[] = [];
  column.forEach((n, at) => {
    if (n === undefined) return;
    if (has(n, 'persen-tanpa-tanda')) points++;
    if (has(n, 'persen-pecahan')) fractions.push(at);
  });
  // A header that says "%" settles a tie: `5,05` and `1,27` under "Tingkat Efisiensi (%)" are both points.
  const inPoints = points > fractions.length || (headerSaysPercent && points > 0);
  if (fractions.length === 0 || !inPoints) return;
  for (const at of fractions) {
    const n = column[at] as StatedNumber;
    const cell = cellAt(sheet, n.ref.row, n.ref.col);
    const reading = readNumber(cell?.value ?? null, 'persen', {
      ...readOptions(cell?.numberFormat),
      bareIsPoints: true,
    });
    if (reading.ok) store(n, at, reading);
  }
}

const THOUSAND = new Decimal(1000);

/**
 * How a native Rupiah number may be a pasted `36,800` that Excel read as 36,8 (`fraction`: a value
 * with at most three decimals) or `94,000` read as 94 (`small`: a whole number below 1 000, suspect only
 * in a column of large amounts). Whole amounts of 1 000 or more, the usual case, are decided first.
 */
function coercedShape(n: StatedNumber | undefined): 'fraction' | 'small' | undefined {
  if (n === undefined || n.reading.asText || n.reading.style !== 'bilangan') return undefined;
  // Asked of every amount of a table: its double says it (exact for the 15 digits a cell holds).
  const amount = amountOf(n);
  if (Number.isNaN(amount)) {
    if (n.value.isZero()) return undefined;
    if (n.value.isInteger()) return n.value.e < 3 ? 'small' : undefined;
  } else {
    if (amount === 0) return undefined;
    if (Number.isInteger(amount)) return Math.abs(amount) < 1000 ? 'small' : undefined;
  }
  return n.value.decimalPlaces() <= 3 ? 'fraction' : undefined;
}

/**
 * Whether a field of a budget table has a figure `coercedShape` could call suspect, read from the
 * table's columns without making a stated number per line: a native amount that is not a whole number
 * of 1 000 or more (or one a double does not hold, left to `coercedShape`).
 */
function mayBeCoerced(table: BudgetTable, field: 'pagu' | 'realisasi'): boolean {
  const figures = table.figures;
  for (let i = 0; i < table.nodes.length; i++) {
    // The amount first: nearly every one is whole and of 1 000 or more, and its reading is not asked.
    const amount = figures.amount(field, i);
    if ((Number.isInteger(amount) && Math.abs(amount) >= 1000) || amount === 0) continue;
    const reading = figures.reading(field, i);
    if (reading !== undefined && !reading.asText && reading.style === 'bilangan') return true;
  }
  const total = table.total?.[field];
  return total !== undefined && coercedShape(total) !== undefined;
}

/** The amount read ×1000, its guess noted: a new stated number (a budget line's figures are stored anew). */
function corrected(n: StatedNumber): StatedNumber {
  const value = n.value.times(THOUSAND);
  const reading: NumberReadingOk = {
    ok: true,
    value,
    style: n.reading.style,
    asText: n.reading.asText,
    percent: n.reading.percent,
    decimals: n.reading.decimals,
    guesses: [...n.reading.guesses, 'koreksi-lokal'],
  };
  if (n.reading.unit !== undefined) reading.unit = n.reading.unit;
  if (n.reading.groupSeparator !== undefined) reading.groupSeparator = n.reading.groupSeparator;
  return { ref: n.ref, value, reading };
}

/** A whole amount of 1 000 Rupiah or more: what a Rupiah column holds when it is read right. */
function wholeAmount(n: StatedNumber | undefined): boolean {
  if (n === undefined) return false;
  const amount = amountOf(n);
  if (Number.isNaN(amount)) return n.value.isInteger() && n.value.abs().gte(THOUSAND);
  return Number.isInteger(amount) && Math.abs(amount) >= 1000;
}

/** The median size of a column's stated amounts: what a Rupiah figure of this table usually is. */
function typicalSize(values: Array<StatedNumber | undefined>): number {
  const sizes: number[] = [];
  for (const v of values) {
    if (v === undefined) continue;
    const amount = amountOf(v);
    sizes.push(Math.abs(Number.isNaN(amount) ? v.value.toNumber() : amount));
  }
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
function correctCoercedRupiah(table: BudgetTable): void {
  const count = table.nodes.length;
  // Line `count` is the JUMLAH, whose children are the programs.
  const childrenOf = (i: number) => (i < count ? table.nodes[i].children : table.roots);
  // A field down the lines, each figure made once: the suspects below are known by identity.
  const down = (field: 'pagu' | 'realisasi' | 'capaian') => {
    const column: Array<StatedNumber | undefined> = table.nodes.map((n) => n[field]);
    if (table.total !== undefined) column.push(table.total[field]);
    return column;
  };
  for (const field of ['pagu', 'realisasi'] as const) {
    // Nearly every table: no native amount of the field is a fraction or below 1 000, so none is suspect.
    if (!mayBeCoerced(table, field)) continue;
    const values = down(field);
    const fractions: StatedNumber[] = [];
    const small: StatedNumber[] = [];
    for (const n of values) {
      const shape = coercedShape(n);
      if (shape === 'fraction') fractions.push(n as StatedNumber);
      else if (shape === 'small') small.push(n as StatedNumber);
    }
    if (fractions.length === 0 && small.length === 0) continue;
    const largeColumn = small.length > 0 && typicalSize(values) >= 100_000;
    const suspects = new Set(largeColumn ? [...fractions, ...small] : fractions);
    if (suspects.size === 0) continue;
    // Three decimals are no Rupiah (sen have two): 14,185 that Excel made 14,185 is 14.185 Rupiah — in a
    // column of whole amounts of 1 000 and more, where such a figure can be nothing else.
    const whole = values.filter(wholeAmount).length;
    const statedCount = values.filter((v) => v !== undefined).length;
    const corrections = new Set<StatedNumber>(
      whole * 2 > statedCount ? [...suspects].filter((n) => n.value.decimalPlaces() === 3) : [],
    );
    // Deepest parents first (the lines are in tree order), the JUMLAH last.
    const order = [...table.nodes.keys()].reverse();
    if (table.total !== undefined) order.push(count);
    for (const i of order) {
      const stated = values[i];
      const children = childrenOf(i);
      if (stated === undefined || children.length === 0) continue;
      const kids = children.map((c) => values[c]);
      // Only a suspect (the parent's or a child's, corrected or not) can change what this parent says.
      if (!suspects.has(stated) && !kids.some((v) => v !== undefined && suspects.has(v))) continue;
      const asRead = sum(kids, corrections);
      if (asRead.eq(stated.value)) continue;
      const pending = kids.filter(
        (v): v is StatedNumber => v !== undefined && suspects.has(v) && !corrections.has(v),
      );
      const all = new Set([...corrections, ...pending]);
      if (pending.length > 0 && sum(kids, all).eq(stated.value)) pending.forEach((v) => corrections.add(v));
      else if (suspects.has(stated) && asRead.eq(stated.value.times(THOUSAND))) corrections.add(stated);
    }
    // A line's own capaian: realisasi ÷ pagu agrees only with the amount ×1000.
    const pagus = field === 'pagu' ? values : down('pagu');
    const realisasis = field === 'realisasi' ? values : down('realisasi');
    const capaians = down('capaian');
    values.forEach((stated, i) => {
      const [pagu, realisasi, capaian] = [pagus[i], realisasis[i], capaians[i]];
      if (pagu === undefined || realisasi === undefined || capaian === undefined || pagu.value.isZero())
        return;
      if (!suspects.has(stated as StatedNumber) || corrections.has(stated as StatedNumber)) return;
      const near = (p: Decimal, r: Decimal) =>
        !p.isZero() && r.div(p).minus(capaian.value).abs().lte(new Decimal('0.0005'));
      const p = field === 'pagu' ? pagu.value.times(THOUSAND) : pagu.value;
      const r = field === 'realisasi' ? realisasi.value.times(THOUSAND) : realisasi.value;
      if (!near(pagu.value, realisasi.value) && near(p, r)) corrections.add(stated as StatedNumber);
    });
    values.forEach((n, i) => {
      if (n === undefined || !corrections.has(n)) return;
      if (i < count) table.figures.put(field, i, corrected(n));
      else (table.total as NonNullable<BudgetTable['total']>)[field] = corrected(n);
    });
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
function markAmountUnit(table: BudgetTable | EfficiencyTable): boolean {
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
    for (const field of RUPIAH_COLUMNS) table.figures.setRupiahPerUnit(field, unit);
    for (const line of [...(table.total ? [table.total] : []), ...(table.closing ?? [])]) {
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

/** The amount columns of a budget table. */
const RUPIAH_COLUMNS = ['pagu', 'realisasi', 'sisa'] as const;

/** Whether a column writes sen on most of its stated amounts (`1.234.000,00`). */
function mostWriteSen(withSen: number, stated: number): boolean {
  return withSen * 2 > stated;
}

/**
 * Marks the amounts of columns that write sen on most lines (`1.234.000,00`): a fraction of two places
 * there is sen as meant, not a misread figure.
 */
function markSenColumns(table: BudgetTable | EfficiencyTable): void {
  if (table.kind === 'efisiensi') {
    for (const column of [table.rows.map((r) => r.pagu), table.rows.map((r) => r.realisasiAnggaran)]) {
      const stated = column.filter((n): n is StatedNumber => n !== undefined);
      if (mostWriteSen(stated.filter((n) => n.reading.decimals === 2).length, stated.length))
        for (const n of stated) n.sen = true;
    }
    return;
  }
  const others = [...(table.total ? [table.total] : []), ...(table.closing ?? [])];
  for (const field of RUPIAH_COLUMNS) {
    const otherStated = others.map((o) => o[field]).filter((n): n is StatedNumber => n !== undefined);
    let stated = otherStated.length;
    let withSen = otherStated.filter((n) => n.reading.decimals === 2).length;
    for (const [reading, count] of table.figures.readingCounts(field).counts) {
      stated += count;
      if (reading.decimals === 2) withSen += count;
    }
    if (!mostWriteSen(withSen, stated)) continue;
    table.figures.markSen(field);
    for (const n of otherStated) n.sen = true;
  }
}

/** Applies the column-level readings to a recognised table (in place). */
export function settleColumnReadings(sheet: SheetSnapshot, table: RecognisedTable): void {
  for (const { column, store } of percentColumns(table)) {
    const first = column.find((n) => n !== undefined);
    const header = first === undefined ? undefined : table.roles.find((r) => r.col === first.ref.col)?.header;
    harmonisePercents(sheet, column, store, header !== undefined && /%|\bpersen\b/i.test(header));
  }
  if (table.kind === 'efisiensi') markAmountUnit(table);
  // Amounts in a stated unit have decimals of their own: none of them is a coerced paste.
  if (table.kind === 'anggaran' && !markAmountUnit(table)) correctCoercedRupiah(table);
  if (table.kind === 'anggaran' || table.kind === 'efisiensi') markSenColumns(table);
}
