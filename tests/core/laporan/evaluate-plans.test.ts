/** The plans' formulas computed as Excel computes them, and shown through their format codes in id-ID. */
import { Decimal } from '../../../src/core/decimal';
import { FormulaError, PlanEvaluator } from '../../../src/core/laporan/evaluate-plans';
import { displayText } from '../../../src/core/laporan/format-code';
import { parseFormula } from '../../../src/core/laporan/formula-parse';
import type { PlanCell, SheetPlan, TableId } from '../../../src/core/plan/sheet-plan';
import { bilanganFormula, persenTextFormula, rupiahTextFormula } from '../../../src/core/plan/text-formulas';
import { kategoriFormula } from '../../../src/core/plan/excel-formulas';
import { SKALA_KATEGORI_86_2017 } from '../../../src/core/formulas/scales';

function plan(table: TableId, cells: Array<Array<PlanCell | undefined>>): SheetPlan {
  return {
    table,
    name: table,
    cells,
    columnWidths: [],
    merges: [],
    outline: [],
    freeze: { rows: 0, columns: 0 },
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
    notes: [],
  };
}

/** The value of `formula` written in B1 of a sheet whose A column holds `column`. */
function calc(formula: string, column: Array<PlanCell['value']> = []) {
  const p = plan('3.2', column.map((value, r) => (r === 0 ? [{ value }, { formula }] : [{ value }])));
  if (column.length === 0) p.cells[0] = [undefined, { formula }];
  return new PlanEvaluator([p]).value(p, 0, 1);
}
const text = (formula: string, column?: Array<PlanCell['value']>) => displayText(calc(formula, column));

describe('PlanEvaluator', () => {
  it('errors first: division by zero, a missing MATCH, a name that is no owner mark', () => {
    expect(calc('1/0')).toEqual(new FormulaError('#DIV/0!'));
    expect(calc('MATCH("X",{"A","B"},0)')).toEqual(new FormulaError('#N/A'));
    expect(calc('OFFSET(SAKIP_3_8,0,0)')).toEqual(new FormulaError('#REF!'));
    expect(calc('IFERROR(1/0,"-")')).toBe('-');
    expect(calc('"a"+1')).toEqual(new FormulaError('#VALUE!'));
  });

  it('an empty cell is 0 in arithmetic and comparisons, "" in text', () => {
    expect(calc('IF(A2=0,"-",1)', ['x', null])).toBe('-');
    expect(text('A2&"|"', ['x', null])).toBe('|');
    expect(text('A2+5', ['x', null])).toBe('5');
  });

  it('SUM and AVERAGE count the numbers of a range only; COUNTA every non-empty cell', () => {
    const col = [null, 579000, 36800, 'Belum ada penilaian', null];
    expect(text('SUM(A2:A5)', col)).toBe('615800');
    expect(text('AVERAGE(A2:A5)', col)).toBe('307900');
    expect(text('COUNT(A2:A5)', col)).toBe('2');
    expect(text('COUNTA(A2:A5)', col)).toBe('3');
    expect(calc('AVERAGE(A2:A3)', [null, 'x', 'y'])).toEqual(new FormulaError('#DIV/0!'));
  });

  it('SUBTOTAL(9, …) adds the numbers of its ranges, leaving out cells that are SUBTOTALs themselves', () => {
    // A1 = SUBTOTAL over A2:A5, where A2 is itself a SUBTOTAL of A3:A4: 579 000 + 36 800 + 138 000 once.
    const p = plan('3.8', [
      [{ formula: 'SUBTOTAL(9,A2:A5)' }],
      [{ formula: 'SUBTOTAL(9,A3:A4)' }],
      [{ value: 579000 }],
      [{ value: 36800 }],
      [{ value: 138000 }, { value: 'Belanja' }],
      [{ formula: 'SUBTOTAL(9,A1:B5)' }],
    ]);
    const ev = new PlanEvaluator([p]);
    expect(ev.value(p, 1, 0)).toEqual(new Decimal(615800));
    expect(ev.value(p, 0, 0)).toEqual(new Decimal(753800));
    expect(ev.value(p, 5, 0)).toEqual(new Decimal(753800));
  });

  it('ROUND halves away from zero, INT floors, MOD takes the sign of the divisor', () => {
    expect(text('ROUND(2.5,0)')).toBe('3');
    expect(text('ROUND(-2.5,0)')).toBe('-3');
    expect(text('ROUND(99.745,2)')).toBe('99,75');
    expect(text('INT(-1.5)')).toBe('-2');
    expect(text('MOD(-1,3)')).toBe('2');
  });

  it('compares texts without case and ranks numbers below texts, as Excel does', () => {
    expect(calc('"Tinggi"="TINGGI"')).toBe(true);
    expect(calc('1<"a"')).toBe(true);
  });

  it('the Ringkasan’s text formulas give the id-ID figures', () => {
    expect(text(rupiahTextFormula('A1'), [2702337210])).toBe('2.702.337.210');
    expect(text(rupiahTextFormula('A1'), [-1500])).toBe('-1.500');
    expect(text(rupiahTextFormula('A1'), [999999999999999])).toBe('999.999.999.999.999');
    expect(text(persenTextFormula('A1'), [0.8617])).toBe('86,17%');
    expect(text(persenTextFormula('A1'), [0.99745])).toBe('99,75%');
    expect(text(persenTextFormula('A1'), ['-'])).toBe('-');
    expect(text(bilanganFormula('A1'), [3])).toBe('3 (tiga)');
    expect(text(bilanganFormula('A1'), [21])).toBe('21');
  });

  it('kategori bands on the percentage rounded to two decimals (90,995% is Sangat Tinggi, 90,994% Tinggi)', () => {
    const f = kategoriFormula('A1', SKALA_KATEGORI_86_2017);
    expect(calc(f, [0.90995])).toBe('Sangat Tinggi');
    expect(calc(f, [0.90994])).toBe('Tinggi');
    expect(calc(f, [0.5099])).toBe('Sangat Rendah');
    expect(calc(f, ['-'])).toBe('');
  });

  it('follows owner marks to the other plans, and refuses a circular reference', () => {
    const a = plan('3.8', [[{ value: 'JUMLAH' }, { value: 9052490 }]]);
    const b = plan('ringkasan', [[{ formula: 'OFFSET(SAKIP_3_8,0,1)*2' }, { formula: 'C1' }, { formula: 'B1' }]]);
    const ev = new PlanEvaluator([a, b]);
    expect(ev.value(b, 0, 0)).toEqual(new Decimal(18104980));
    expect(ev.value(b, 0, 1)).toEqual(new FormulaError('#REF!'));
  });

  it('throws for a function the planners never write (a programmer error, caught here)', () => {
    expect(() => calc('VLOOKUP(1,A1:A2,1)')).toThrow(/VLOOKUP/);
    expect(() => parseFormula('1+')).toThrow();
  });
});

describe('displayText', () => {
  it.each([
    [2702337210, '#,##0', '2.702.337.210'],
    [-1500, '#,##0', '-1.500'],
    [0.9878048780487805, '0.00%', '98,78%'],
    [1, '0.00%', '100,00%'],
    [82, '#,##0" Nilai"', '82 Nilai'],
    [4.5, '#,##0.0" Laporan"', '4,5 Laporan'],
    [1.1605, '0.00', '1,16'],
    [3, '0', '3'],
    [12345.5, undefined, '12345,5'],
  ])('%p with %p shows %p', (value, format, shown) => {
    expect(displayText(new Decimal(value), format)).toBe(shown);
  });

  it('shows texts as they are, empty as nothing, errors by their code', () => {
    expect(displayText('Belum ada penilaian', '0.00%')).toBe('Belum ada penilaian');
    expect(displayText(null)).toBe('');
    expect(displayText(new FormulaError('#DIV/0!'))).toBe('#DIV/0!');
  });
});
