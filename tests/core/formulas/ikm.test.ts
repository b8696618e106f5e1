import { Decimal } from '../../../src/core/decimal';
import {
  hitungIkm,
  hitungIkmDariNrr,
  ikmDariNrrSel,
  ikmDariSel,
  mutuDariSel,
  mutuIkm,
  nrrDariSel,
} from '../../../src/core/formulas';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string; message: string }): T {
  if (!r.ok) throw new Error(`expected a value, got ${r.error}: ${r.message}`);
  return r.value;
}

const allFour = [[4, 4, 4, 4, 4, 4, 4, 4, 4]];
/** NRR per unsur of a survey, 9 unsur (PermenPANRB 14/2017). */
const nrrRow = ['3.200', '3.216', '2.936', '3.530', '3.136', '3.200', '3.316', '3.916', '3.323'];

describe('IKM from survey answers (PermenPANRB 14/2017)', () => {
  it('gives exactly 100 for nine unsur all 4, and 99,9 with the printed weight 0,111', () => {
    expect(ok(ikmDariSel(allFour)).toString()).toBe('100');
    expect(ok(ikmDariSel(allFour, '0,111')).toString()).toBe('99.9');
    expect(ok(ikmDariSel(allFour, null)).toString()).toBe('100');
    expect(ok(ikmDariSel(allFour, 0.111)).toString()).toBe('99.9');
  });

  it('averages each unsur over its own answers, blanks not counted', () => {
    // U1: (4 + 2) / 2 = 3; U2: 3 / 1 = 3 → IKM = 3 × 25 = 75
    expect(
      ok(
        ikmDariSel([
          [4, null],
          [2, 3],
        ]),
      ).toString(),
    ).toBe('75');
    expect(
      ok(
        ikmDariSel([
          [4, ''],
          [2, 3],
        ]),
      ).toString(),
    ).toBe('75');
  });

  it('counts only unsur with answers in k', () => {
    // U1 = 4, U2 has no answers: k = 1 → 100
    expect(
      ok(
        ikmDariSel([
          [4, null],
          [4, null],
        ]),
      ).toString(),
    ).toBe('100');
  });

  it('reads answers typed as text', () => {
    expect(
      ok(
        ikmDariSel([
          ['4', '3'],
          ['2', ' 1 '],
        ]),
      ).toString(),
    ).toBe('62.5');
  });

  it('gives the NRR per unsur and the IKM together (hitungIkm)', () => {
    // U1 (1+2+3)/3 = 2, U2 (4+4+1)/3 = 3, U3 (2+3)/2 = 2,5 → mean 7,5/3 = 2,5 → 62,5
    const r = ok(
      hitungIkm([
        [1, 4, 2],
        [2, 4, null],
        [3, 1, 3],
      ]),
    );
    expect(r.nrr.map((v) => v?.toString())).toEqual(['2', '3', '2.5']);
    expect(r.ikm.toString()).toBe('62.5');
  });

  it('gives the same NRR whether answers are numbers, Decimals or text, mixed in one range', () => {
    // U1 (4+3+2)/3 = 3, U2 (1+4)/2 = 2,5 → mean 2,75 → 68,75
    const r = ok(
      hitungIkm([
        [4, new Decimal(1)],
        [new Decimal('3'), null],
        [2, 4],
      ]),
    );
    expect(r.nrr.map((v) => v?.toString())).toEqual(['3', '2.5']);
    expect(r.ikm.toString()).toBe('68.75');
    expect(ok(ikmDariSel([[4, '1'], ['3', null], [2, 4]])).toString()).toBe('68.75');
    expect(hitungIkm([[4, new Decimal('4.5')]])).toMatchObject({ ok: false, error: 'angka', at: { row: 0, col: 1 } });
  });

  it('is #NUM! naming the first answer outside 1–4, not whole, or not a number', () => {
    expect(
      ikmDariSel([
        [4, 4],
        [4, 4],
        [4, 4, 4, 4, 5],
      ]),
    ).toMatchObject({
      ok: false,
      error: 'angka',
      at: { row: 2, col: 4 },
    });
    const r = ikmDariSel([
      [4, 4],
      [4, 4],
      [4, 4, 4, 4, 5],
    ]);
    expect(!r.ok && r.message).toContain('baris 3, kolom 5');
    expect(ikmDariSel([[0]])).toMatchObject({ ok: false, error: 'angka', at: { row: 0, col: 0 } });
    expect(ikmDariSel([[4, 2.5]])).toMatchObject({ ok: false, error: 'angka', at: { row: 0, col: 1 } });
    expect(ikmDariSel([[4], ['baik']])).toMatchObject({ ok: false, error: 'angka', at: { row: 1, col: 0 } });
  });

  it('names the cell with the caller’s names when given', () => {
    const r = ikmDariSel([[4, 5]], null, { namaSel: (row, col) => `R${row}C${col}` });
    expect(!r.ok && r.message).toContain('R0C1');
  });

  it('is #N/A when every answer is blank', () => {
    expect(
      ikmDariSel([
        [null, ''],
        ['', null],
      ]),
    ).toMatchObject({ ok: false, error: 'tidak-tersedia' });
  });

  it('refuses an unknown penimbang', () => {
    expect(ikmDariSel(allFour, '0,11')).toMatchObject({ ok: false, error: 'nilai' });
  });
});

describe('NRR per unsur', () => {
  it('spills one value per column, null for an unsur without answers', () => {
    const r = ok(
      nrrDariSel([
        [1, 2, null],
        [3, null, null],
      ]),
    );
    expect(r.map((v) => (v === null ? null : v.toString()))).toEqual(['2', '2', null]);
  });

  it('is #NUM! for an answer of 5', () => {
    expect(nrrDariSel([[5]])).toMatchObject({ ok: false, error: 'angka' });
  });
});

describe('IKM from a row of NRR', () => {
  it('gives 82,70 for the NRR 3,200 3,216 2,936 3,530 3,136 3,200 3,316 3,916 3,323', () => {
    // Σ = 29,773; 29,773 / 9 × 25 = 82,7027…
    expect(ok(ikmDariNrrSel([nrrRow])).toFixed(2)).toBe('82.70');
    expect(ok(hitungIkmDariNrr(nrrRow.map((v) => new Decimal(v)))).toFixed(2)).toBe('82.70');
  });

  it('gives 82,62 with the printed weight: 29,773 × 0,111 × 25 = 82,620075', () => {
    expect(ok(ikmDariNrrSel([nrrRow], '0,111')).toString()).toBe('82.620075');
  });

  it('accepts the NRR as a column, and text with a decimal comma', () => {
    expect(ok(ikmDariNrrSel(nrrRow.map((v) => [v.replace('.', ',')]))).toFixed(2)).toBe('82.70');
  });

  it('skips blank unsur', () => {
    expect(ok(ikmDariNrrSel([[3, null, 4]])).toString()).toBe('87.5');
  });

  it('is #NUM! for an NRR outside 1–4, at its cell in the range', () => {
    expect(ikmDariNrrSel([[3, 4.5]])).toMatchObject({ ok: false, error: 'angka', at: { row: 0, col: 1 } });
    expect(ikmDariNrrSel([[3], [0.9]])).toMatchObject({ ok: false, error: 'angka', at: { row: 1, col: 0 } });
  });
});

describe('mutu pelayanan (IKM rounded to 2 decimals)', () => {
  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.305, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [88.3049, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25, 'D', 'Tidak Baik'],
  ])('%s is %s (%s)', (ikm, huruf, keterangan) => {
    expect(ok(mutuDariSel(ikm))).toBe(huruf);
    expect(ok(mutuDariSel(ikm, 'huruf'))).toBe(huruf);
    expect(ok(mutuDariSel(ikm, 'keterangan'))).toBe(keterangan);
  });

  it('reads the seed’s 82,70 as B through the typed function', () => {
    expect(ok(mutuIkm(new Decimal('82.7027')))).toBe('B');
  });

  it('is #NUM! outside 25–100 and #VALUE! for an unknown bentuk', () => {
    expect(mutuDariSel(24.99)).toMatchObject({ ok: false, error: 'angka' });
    expect(mutuDariSel(100.01)).toMatchObject({ ok: false, error: 'angka' });
    expect(mutuDariSel(0.8831)).toMatchObject({ ok: false, error: 'angka' });
    expect(mutuDariSel(90, 'warna')).toMatchObject({ ok: false, error: 'nilai' });
  });
});
