import { Decimal } from '../../../src/core/decimal';
import { amountOf, BudgetFigures } from '../../../src/core/model/budget-figures';
import { packBudgetTable, type BudgetNode } from '../../../src/core/model/budget';
import type { StatedNumber } from '../../../src/core/model/source';
import { readNumber } from '../../../src/core/numbers/read-number';
import type { NumberKind, NumberReadingOk } from '../../../src/core/numbers/types';

function stated(
  row: number,
  col: number,
  input: unknown,
  kind: NumberKind,
  sheet = 'Anggaran',
): StatedNumber {
  const reading = readNumber(input, kind) as NumberReadingOk;
  if (!reading.ok) throw new Error(`not a number: ${String(input)}`);
  return { ref: { sheet, row, col }, value: reading.value, reading };
}

/** What a stated number says, as plain data (a view's parts are getters, named here, not spread). */
function said(n: StatedNumber | undefined) {
  if (n === undefined) return undefined;
  const r = n.reading;
  return {
    ref: n.ref,
    value: n.value.toString(),
    reading: [
      r.ok,
      r.value.toString(),
      r.style,
      r.asText,
      r.percent,
      r.decimals,
      r.guesses,
      r.unit,
      r.groupSeparator,
    ],
    rupiahPerUnit: n.rupiahPerUnit,
    sen: n.sen,
  };
}

describe('BudgetFigures', () => {
  it('gives back each stated figure as it was read: value, cell and reading', () => {
    const f = new BudgetFigures('Anggaran', 3);
    const figures = [
      stated(5, 2, '1.234.567', 'rupiah'),
      stated(6, 2, 152_960_600, 'rupiah'),
      stated(7, 4, '99,97 %', 'persen'),
      stated(8, 2, '4.186,950', 'rupiah'),
    ];
    f.put('pagu', 0, figures[0]);
    f.put('pagu', 1, figures[1]);
    f.put('capaian', 1, figures[2]);
    f.put('realisasi', 2, figures[3]);
    expect(said(f.stated('pagu', 0))).toEqual(said(figures[0]));
    expect(said(f.stated('pagu', 1))).toEqual(said(figures[1]));
    expect(said(f.stated('capaian', 1))).toEqual(said(figures[2]));
    expect(said(f.stated('realisasi', 2))).toEqual(said(figures[3]));
    // 99,97 % is the fraction 0,9997 exactly, not the double's binary neighbour.
    expect(f.stated('capaian', 1)?.value.toString()).toBe('0.9997');
    expect(f.stated('realisasi', 2)?.reading.guesses).toEqual(['desimal-rupiah']);
    expect(f.amount('pagu', 0)).toBe(1_234_567);
    expect(f.amount('realisasi', 2)).toBe(4186.95);
  });

  it('says where a line states nothing, and forgets a figure set to undefined', () => {
    const f = new BudgetFigures('Anggaran', 2);
    expect(f.has('pagu', 0)).toBe(false);
    expect(f.stated('pagu', 0)).toBeUndefined();
    expect(f.amount('pagu', 0)).toBeNaN();
    f.put('pagu', 0, stated(5, 2, 1000, 'rupiah'));
    expect(f.has('pagu', 0)).toBe(true);
    f.put('pagu', 0, undefined);
    expect(f.has('pagu', 0)).toBe(false);
    expect(f.reading('pagu', 0)).toBeUndefined();
  });

  it('keeps as stated what a double cannot hold and what was read on another sheet', () => {
    const f = new BudgetFigures('Anggaran', 2);
    const long: StatedNumber = {
      ref: { sheet: 'Anggaran', row: 5, col: 2 },
      value: new Decimal('12345678901234567'),
      reading: { ...(readNumber(1, 'rupiah') as NumberReadingOk), value: new Decimal('12345678901234567') },
    };
    const elsewhere = stated(9, 2, 5000, 'rupiah', 'Lampiran');
    f.put('pagu', 0, long);
    f.put('pagu', 1, elsewhere);
    expect(f.stated('pagu', 0)).toBe(long);
    expect(f.stated('pagu', 1)).toBe(elsewhere);
    expect(f.amount('pagu', 1)).toBe(5000);
  });

  it('marks a unit and sen on every amount of a field, views and kept figures alike', () => {
    const f = new BudgetFigures('Anggaran', 2);
    const long: StatedNumber = {
      ref: { sheet: 'Lampiran', row: 5, col: 2 },
      value: new Decimal('625.125'),
      reading: { ...(readNumber('625,125', 'angka') as NumberReadingOk) },
    };
    f.put('pagu', 0, stated(5, 2, 625.125, 'angka'));
    f.put('pagu', 1, long);
    f.setRupiahPerUnit('pagu', 1_000_000);
    expect(f.stated('pagu', 0)?.rupiahPerUnit).toBe(1_000_000);
    expect(long.rupiahPerUnit).toBe(1_000_000);
    expect(f.stated('realisasi', 0)).toBeUndefined();
    expect(f.isSen('pagu', 0)).toBe(false);
    f.markSen('pagu');
    expect(f.stated('pagu', 0)?.sen).toBe(true);
    expect(long.sen).toBe(true);
  });

  it('stores a native amount read without its Decimal as the same figure put would', () => {
    const viaPut = new BudgetFigures('Anggaran', 1);
    const viaWhole = new BudgetFigures('Anggaran', 1);
    const n = stated(5, 2, 579_000, 'rupiah');
    viaPut.put('pagu', 0, n);
    const { value: _value, ...shape } = n.reading;
    viaWhole.putNative('pagu', 0, 5, 2, 579_000, shape);
    expect(said(viaWhole.stated('pagu', 0))).toEqual(said(viaPut.stated('pagu', 0)));
    viaWhole.putNative('pagu', 0, 5, 2, -0, shape);
    expect(Object.is(viaWhole.amount('pagu', 0), 0)).toBe(true);
  });

  it('mayState is false only for a field no line ever stated (a pass over it may be skipped)', () => {
    const f = new BudgetFigures('Anggaran', 2);
    f.put('sisa', 0, undefined);
    expect(f.mayState('sisa')).toBe(false);
    const n = stated(5, 2, 579_000, 'rupiah');
    f.put('pagu', 1, n);
    expect(f.mayState('pagu')).toBe(true);
    expect(f.mayState('sisa')).toBe(false);
    const { value: _value, ...shape } = n.reading;
    f.putNative('realisasi', 0, 5, 3, 1000, shape);
    expect(f.mayState('realisasi')).toBe(true);
    f.put('pagu', 1, undefined);
    expect(f.mayState('pagu')).toBe(true);
  });

  it('readingCounts counts each reading once, leaves out a cleared figure and keeps a long figure as read', () => {
    const f = new BudgetFigures('Anggaran', 5);
    const whole = stated(5, 2, 579_000, 'rupiah');
    f.put('pagu', 0, whole);
    f.put('pagu', 1, stated(6, 2, 1_000, 'rupiah'));
    f.put('pagu', 2, stated(7, 2, '1.234.000,00', 'rupiah'));
    const long = stated(8, 2, '12345678901234567890', 'rupiah');
    f.put('pagu', 3, long);
    f.put('pagu', 4, stated(9, 2, 2_000, 'rupiah'));
    f.put('pagu', 4, undefined);
    const counts = [...f.readingCounts('pagu').counts].map(([r, n]) => [r.style, r.decimals, n]);
    expect(counts).toEqual([
      ['bilangan', 0, 2],
      ['id', 2, 1],
      ['polos', 0, 1],
    ]);
    expect([...f.readingCounts('pagu').counts.keys()]).toContain(long.reading);
    expect(f.readingCounts('sisa').counts.size).toBe(0);
  });

  it('wholeRupiah gives whole Rupiah a double holds, and NaN for a fraction, a unit, a long figure or none', () => {
    const f = new BudgetFigures('Anggaran', 5);
    f.put('pagu', 0, stated(5, 2, 579_000, 'rupiah'));
    f.put('pagu', 1, stated(6, 2, '4.186,95', 'rupiah'));
    f.put('pagu', 3, {
      ref: { sheet: 'Anggaran', row: 8, col: 2 },
      value: new Decimal('12345678901234567'),
      reading: { ...(readNumber(1, 'rupiah') as NumberReadingOk), value: new Decimal('12345678901234567') },
    });
    f.put('realisasi', 0, stated(5, 3, 625, 'rupiah'));
    f.setRupiahPerUnit('realisasi', 1_000_000);
    expect(f.wholeRupiah('pagu', 0)).toBe(579_000);
    expect(f.wholeRupiah('pagu', 1)).toBeNaN();
    expect(f.wholeRupiah('pagu', 2)).toBeNaN();
    expect(f.wholeRupiah('pagu', 3)).toBeNaN();
    expect(f.wholeRupiah('realisasi', 0)).toBeNaN();
  });

  it('readingCounts and allWholeRupiah agree with asking each line, kept figures included', () => {
    const f = new BudgetFigures('Anggaran', 6);
    const elsewhere = stated(9, 2, 5000, 'rupiah', 'Lampiran');
    f.put('pagu', 1, stated(6, 2, 579_000, 'rupiah'));
    f.put('pagu', 2, stated(7, 2, '1.234.000', 'rupiah'));
    f.put('pagu', 3, stated(8, 2, 36_800, 'rupiah'));
    f.put('pagu', 0, elsewhere);
    const byLine = new Map<unknown, number>();
    for (let i = 0; i < f.lines; i++) {
      const r = f.reading('pagu', i);
      if (r !== undefined) byLine.set(r, (byLine.get(r) ?? 0) + 1);
    }
    expect(f.readingCounts('pagu')).toEqual({ counts: byLine, first: 0 });
    expect(f.readingCounts('realisasi')).toEqual({ counts: new Map(), first: 6 });
    expect(f.allWholeRupiah('pagu')).toBe(true);
    f.put('pagu', 4, stated(9, 2, '4.186,95', 'rupiah'));
    expect(f.allWholeRupiah('pagu')).toBe(false);
    f.put('pagu', 4, undefined);
    f.put('pagu', 5, {
      ref: { sheet: 'Anggaran', row: 10, col: 2 },
      value: new Decimal('12345678901234567'),
      reading: { ...(readNumber(1, 'rupiah') as NumberReadingOk), value: new Decimal('12345678901234567') },
    });
    expect(f.allWholeRupiah('pagu')).toBe(false);
    f.put('pagu', 5, undefined);
    f.setRupiahPerUnit('pagu', 1_000_000);
    expect(f.allWholeRupiah('pagu')).toBe(false);
  });

  it('amountOf reads a view without a Decimal and any other stated number through its Decimal', () => {
    const f = new BudgetFigures('Anggaran', 1);
    f.put('pagu', 0, stated(5, 2, '36.800', 'rupiah'));
    expect(amountOf(f.stated('pagu', 0) as StatedNumber)).toBe(36_800);
    expect(amountOf(stated(5, 2, '99,97 %', 'persen'))).toBe(0.9997);
    expect(amountOf({ value: new Decimal('12345678901234567') })).toBeNaN();
  });
});

describe('packBudgetTable', () => {
  it('moves the lines’ figures into columns; the nodes show them and store what is set on them', () => {
    const pagu = stated(5, 2, 300, 'rupiah');
    const line: BudgetNode = {
      index: 0,
      level: 'program',
      name: 'Program A',
      row: 5,
      lastRow: 5,
      nameRef: { ref: { sheet: 'Anggaran', row: 5, col: 1 }, text: 'Program A' },
      children: [],
      marker: 'I',
      pagu,
    };
    const table = packBudgetTable({
      kind: 'anggaran',
      sheet: 'Anggaran',
      range: { top: 4, left: 0, bottom: 5, right: 3 },
      headerRange: { top: 4, left: 0, bottom: 4, right: 3 },
      style: 'lkjip',
      columns: { pagu: 2, realisasi: 3 },
      roles: [],
      context: {},
      unplaced: [],
      nodes: [line],
      roots: [0],
    });
    const node = table.nodes[0];
    expect([node.index, node.level, node.name, node.marker, node.row, node.lastRow]).toEqual([
      0,
      'program',
      'Program A',
      'I',
      5,
      5,
    ]);
    expect(said(node.pagu)).toEqual(said(pagu));
    expect(node.realisasi).toBeUndefined();
    node.realisasi = stated(5, 3, 250, 'rupiah');
    expect(table.figures.amount('realisasi', 0)).toBe(250);
    expect(said(table.nodes[0].realisasi)).toEqual(said(stated(5, 3, 250, 'rupiah')));
  });
});

describe('packBudgetTable on a table packed before', () => {
  it('gives the copy columns of its own: setting a figure on it leaves the first table as it was', () => {
    const line = (index: number, pagu: number): BudgetNode => ({
      index,
      level: 'program',
      name: `Program ${index}`,
      row: 5 + index,
      lastRow: 5 + index,
      nameRef: { ref: { sheet: 'Anggaran', row: 5 + index, col: 1 }, text: `Program ${index}` },
      children: [],
      pagu: stated(5 + index, 2, pagu, 'rupiah'),
    });
    const draft = {
      kind: 'anggaran' as const,
      sheet: 'Anggaran',
      range: { top: 4, left: 0, bottom: 6, right: 3 },
      headerRange: { top: 4, left: 0, bottom: 4, right: 3 },
      style: 'lkjip' as const,
      columns: { pagu: 2 },
      roles: [],
      context: {},
      unplaced: [],
      roots: [0, 1],
    };
    const first = packBudgetTable({ ...draft, nodes: [line(0, 100), line(1, 200)] });
    const firstNodes = [...first.nodes];
    const again = packBudgetTable({ ...draft, nodes: firstNodes });
    again.nodes[1].pagu = stated(6, 2, 999, 'rupiah');
    expect(again.figures).not.toBe(first.figures);
    expect(again.figures.amount('pagu', 1)).toBe(999);
    expect(first.figures.amount('pagu', 1)).toBe(200);
    expect(firstNodes[1].pagu?.value.toNumber()).toBe(200);
  });
});
