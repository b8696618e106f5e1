import { readMeasure, statedNumberOrText, statedText } from '../../../src/core/recognise/cells';
import { readNumber } from '../../../src/core/numbers/read-number';
import { sheetFromValues } from '../../fixtures/text-sheet';

describe('readMeasure', () => {
  // Texts a table repeats are read once: each cell still gets its own measure, as a fresh reading gives.
  const sheet = sheetFromValues('Kinerja', [
    ['12 Laporan', '12 Laporan'],
    ['100 %', '100 %'],
    ['82 (>100%)', '82'],
    ['4.800 Paket', 'Belum ada penilaian'],
    [{ value: 0.8, numberFormat: '0%' }, { value: '0.8' }],
  ]);

  it('reads a repeated text as it reads it the first time, at each cell', () => {
    for (let row = 0; row < 5; row++) {
      for (let col = 0; col < 2; col++) {
        const m = readMeasure(sheet, row, col);
        expect(m.ref).toEqual({ sheet: 'Kinerja', row, col });
        if (m.kind !== 'angka') continue;
        const cell = sheet.rows[row]?.[col];
        if (cell === undefined) throw new Error('no cell');
        const raw = cell.value === '82 (>100%)' ? '82' : cell.value;
        const fresh = readNumber(raw, 'angka', { allowUnit: true, numberFormat: cell.numberFormat });
        expect(m.reading).toEqual(fresh);
      }
    }
    expect(readMeasure(sheet, 0, 1)).toMatchObject({ kind: 'angka', unit: 'Laporan' });
    expect(readMeasure(sheet, 3, 0)).toMatchObject({ kind: 'angka', unit: 'Paket' });
    expect(readMeasure(sheet, 3, 1)).toMatchObject({ kind: 'teks', text: 'Belum ada penilaian' });
    expect(readMeasure(sheet, 4, 0)).toMatchObject({ kind: 'angka', unit: '%' });
  });

  it('takes a bare number under a Satuan of % as points, a text read before or not', () => {
    const points = readMeasure(sheet, 2, 1, { defaultUnit: '%', percentPoints: true });
    const plain = readMeasure(sheet, 2, 1, { defaultUnit: '%' });
    expect(points).toMatchObject({ kind: 'angka', unit: '%' });
    expect(plain).toMatchObject({ kind: 'angka', unit: '%' });
    if (points.kind !== 'angka' || plain.kind !== 'angka') throw new Error('not a number');
    expect(points.value.toString()).toBe('0.82');
    expect(plain.value.toString()).toBe('82');
    expect(points.reading.percent).toBe(true);
    expect(plain.reading.percent).toBe(false);
  });
});

describe('statedNumberOrText', () => {
  it('reads a repeated number as a fresh reading does, per kind and number format', () => {
    const sheet = sheetFromValues('Kinerja', [
      [{ value: 1, numberFormat: '0.00%' }, { value: 1, numberFormat: '0.00%' }, 1, 1],
      [{ value: 0.5, numberFormat: '0%' }, 0.5, -0, 0],
    ]);
    for (const kind of ['persen', 'angka', 'persen', 'rupiah'] as const) {
      for (let row = 0; row < 2; row++) {
        for (let col = 0; col < 4; col++) {
          const cell = sheet.rows[row]?.[col];
          const stated = statedNumberOrText(sheet, row, col, kind);
          const fresh = readNumber(cell?.value, kind, { numberFormat: cell?.numberFormat });
          expect(stated).toEqual({
            ref: { sheet: 'Kinerja', row, col },
            value: fresh.ok && fresh.value,
            reading: fresh,
          });
        }
      }
    }
  });
});

describe('what a cell reads into', () => {
  // They are made with `new`, not as literals: their keys must be the literals', in the same order, and
  // a unit that is absent must not be a key.
  const sheet = sheetFromValues('Kinerja', [['12 Laporan', '7', 'Belum ada penilaian', 'Jumlah laporan']]);

  it('has the keys of the literals it replaces, in order', () => {
    expect(Object.keys(readMeasure(sheet, 0, 0))).toEqual(['kind', 'ref', 'value', 'unit', 'reading']);
    expect(Object.keys(readMeasure(sheet, 0, 1))).toEqual(['kind', 'ref', 'value', 'reading']);
    expect(Object.keys(readMeasure(sheet, 0, 1, { percentPoints: true }))).toEqual([
      'kind',
      'ref',
      'value',
      'unit',
      'reading',
    ]);
    expect(Object.keys(readMeasure(sheet, 0, 0).ref)).toEqual(['sheet', 'row', 'col']);
    expect(Object.keys(statedNumberOrText(sheet, 0, 1, 'angka') ?? {})).toEqual(['ref', 'value', 'reading']);
    expect(Object.keys(statedNumberOrText(sheet, 0, 2, 'persen') ?? {})).toEqual(['ref', 'text']);
    expect(Object.keys(statedText(sheet, 0, 3) ?? {})).toEqual(['ref', 'text']);
    expect(JSON.stringify(statedText(sheet, 0, 3))).toBe(
      '{"ref":{"sheet":"Kinerja","row":0,"col":3},"text":"Jumlah laporan"}',
    );
  });
});
