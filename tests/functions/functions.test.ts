import {
  bacaAngka,
  capaian,
  efisiensi,
  ikm,
  ikmDariNrr,
  kategori,
  kemajuan,
  mutu,
  nrr,
  predikat,
  terbilang,
} from '../../src/functions/functions';

/** Stand-in for the Excel runtime's CustomFunctions: records the error code and message it is given. */
class StubError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

beforeAll(() => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    Error: StubError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
    },
  };
});

/** The Excel error a call throws, as code and message. */
function excelError(call: () => unknown): StubError {
  try {
    call();
  } catch (e) {
    if (e instanceof StubError) return e;
    throw e;
  }
  throw new Error('expected an Excel error, got a value');
}

const invocation = (...parameterAddresses: string[]) =>
  ({ parameterAddresses }) as CustomFunctions.Invocation;
const noAddress = {} as CustomFunctions.Invocation;

describe('SAKIP.CAPAIAN and SAKIP.KEMAJUAN', () => {
  it('return the capaian as a number for Excel', () => {
    expect(capaian(82, 81, null)).toBeCloseTo(0.98780487804878, 14);
    expect(capaian('87,15', '81')).toBeCloseTo(81 / 87.15, 14);
    expect(capaian(10, 8, 'negatif')).toBe(1.2);
    expect(capaian('BB', 'BB', null)).toBe(1);
    expect(kemajuan(81, 85, null)).toBeCloseTo(81 / 85, 14);
  });

  it('give #DIV/0!, #N/A and #VALUE! with Indonesian messages, never a number', () => {
    expect(excelError(() => capaian(0, 5, null))).toMatchObject({ code: '#DIV/0!' });
    const na = excelError(() => capaian(82, 'Belum ada penilaian', null));
    expect(na.code).toBe('#N/A');
    expect(na.message).toMatch(/Belum ada penilaian/);
    expect(excelError(() => capaian('A', 80, null))).toMatchObject({ code: '#VALUE!' });
    expect(excelError(() => capaian(82, 81, 'naik'))).toMatchObject({ code: '#VALUE!' });
  });
});

describe('SAKIP.KATEGORI and SAKIP.PREDIKAT', () => {
  it('return labels, with or without a user scale', () => {
    expect(kategori(0.905, null as unknown as unknown[][])).toBe('Tinggi');
    expect(
      kategori(0.5, [
        [0.9, 'Baik'],
        [0, 'Kurang'],
      ]),
    ).toBe('Kurang');
    expect(predikat(90)).toBe('A');
    expect(predikat(90.01)).toBe('AA');
  });

  it('give #NUM! for a score outside 0–100 and #VALUE! for a bad scale', () => {
    expect(excelError(() => predikat(101))).toMatchObject({ code: '#NUM!' });
    expect(excelError(() => kategori(0.9, [[0.9, 'A', 'x']]))).toMatchObject({ code: '#VALUE!' });
  });
});

describe('SAKIP.IKM, SAKIP.NRR, SAKIP.IKM.DARI.NRR and SAKIP.MUTU', () => {
  const allFour = [[4, 4, 4, 4, 4, 4, 4, 4, 4]];

  it('compute the IKM, both weightings', () => {
    expect(ikm(allFour, null)).toBe(100);
    expect(ikm(allFour, '0,111')).toBe(99.9);
    expect(ikmDariNrr([[3.2, 3.216, 2.936, 3.53, 3.136, 3.2, 3.316, 3.916, 3.323]], null)).toBeCloseTo(
      82.7027777777778,
      12,
    );
  });

  it('spill one NRR per unsur in one row, blank for an unsur without answers', () => {
    expect(
      nrr(
        [
          [1, 4, ''],
          [2, 3, ''],
        ],
        noAddress,
      ),
    ).toEqual([[1.5, 3.5, '']]);
  });

  it('name the real cell of an answer of 5 in NRR, whose matrix result lets Excel give the range address', () => {
    const answers = [
      [4, 4, 4, 4, 4],
      [4, 4, 4, 4, 4],
      [4, 4, 4, 4, 5],
    ];
    const quoted = excelError(() => nrr(answers, invocation("'Data SKM'!$B$2:$F$4")));
    expect(quoted.code).toBe('#NUM!');
    expect(quoted.message).toContain("'Data SKM'!F4");
  });

  it('name the position in the range in IKM, which returns one number and gets no address', () => {
    const e = excelError(() =>
      ikm(
        [
          [4, 4],
          [4, 4],
          [4, 4, 4, 4, 5],
        ],
        null,
      ),
    );
    expect(e.code).toBe('#NUM!');
    expect(e.message).toContain('baris 3, kolom 5');
    const nrrOut = excelError(() => ikmDariNrr([[3.2], [4.2]], null));
    expect(nrrOut).toMatchObject({ code: '#NUM!' });
    expect(nrrOut.message).toContain('baris 2, kolom 1');
  });

  it('give #N/A for a survey without answers', () => {
    expect(excelError(() => ikm([['', '']], null))).toMatchObject({ code: '#N/A' });
  });

  it('give the mutu as a letter or a description', () => {
    expect(mutu(88.31)).toBe('A');
    expect(mutu(88.3, 'keterangan')).toBe('Baik');
    expect(excelError(() => mutu(24.99))).toMatchObject({ code: '#NUM!' });
  });
});

describe('cells holding Excel data types', () => {
  // An entity as Excel hands it over (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts).
  const entity = { type: 'Entity', text: 'Kecamatan Kalianget', properties: { Nilai: { type: 'Double', basicValue: 82 } } };

  it('answer #VALUE! with a message saying so, never reading "[object Object]"', () => {
    for (const call of [
      () => capaian(entity, 81, null),
      () => capaian(82, 81, entity),
      () => kategori(entity, null as never),
      () => terbilang(entity, null),
      () => bacaAngka(entity, null),
      () => ikm([[4, entity, 4]], null),
      () => nrr([[4], [entity]], noAddress),
      () => kategori(0.9, [[0.91, entity]]),
    ]) {
      const e = excelError(call);
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toMatch(/tipe data/);
      expect(e.message).not.toMatch(/object/i);
    }
  });
});

describe('SAKIP.EFISIENSI', () => {
  it('gives the three methods', () => {
    expect(efisiensi(1, 0.8617, null)).toBe(0.1383);
    expect(efisiensi(1, 0.8617, 'sisa')).toBe(0.1383);
    expect(efisiensi(1, 0.8617, 'indeks')).toBeCloseTo(1.16049669258443, 13);
  });

  it('gives #N/A for sisa below target and #DIV/0! for indeks without spending', () => {
    expect(excelError(() => efisiensi(0.9, 0.5, 'sisa'))).toMatchObject({ code: '#N/A' });
    expect(excelError(() => efisiensi(1, 0, 'indeks'))).toMatchObject({ code: '#DIV/0!' });
  });
});

describe('SAKIP.TERBILANG and SAKIP.ANGKA', () => {
  it('spell 2.752.010.113 as the seed does', () => {
    expect(terbilang(2752010113, null)).toBe(
      'Dua Miliar Tujuh Ratus Lima Puluh Dua Juta Sepuluh Ribu Seratus Tiga Belas Rupiah',
    );
    expect(excelError(() => terbilang(1e15))).toMatchObject({ code: '#NUM!' });
  });

  it('read numbers written as text', () => {
    expect(bacaAngka('2,077,687,761', 'rupiah')).toBe(2077687761);
    expect(bacaAngka('99,97 %', null)).toBe(0.9997);
    expect(excelError(() => bacaAngka('tidak ada', null))).toMatchObject({ code: '#VALUE!' });
  });
});
