import {
  commonYear,
  duplicateUnits,
  findingsPerRule,
  ruleTotals,
  unitsByGalat,
  unitsByName,
} from '../../../src/core/rekap/rekap';
import { rc, unit } from './units';

describe('the order of units', () => {
  const units = [
    unit({ unit: 'Kecamatan Batang', galat: 3 }),
    unit({ unit: 'Dinas Sosial', galat: 12 }),
    unit({ unit: 'Badan Keuangan', galat: 3, peringatan: 5 }),
    unit({ unit: 'Bagian Organisasi' }),
    unit({ unit: 'Kecamatan Arjasa', galat: 3 }),
  ];

  it('for the reviewer: most galat first, then most peringatan, then by name', () => {
    expect(unitsByGalat(units).map((u) => u.unit)).toEqual([
      'Dinas Sosial',
      'Badan Keuangan',
      'Kecamatan Arjasa',
      'Kecamatan Batang',
      'Bagian Organisasi',
    ]);
  });

  it('for the Pemda report: by name', () => {
    expect(unitsByName(units).map((u) => u.unit)).toEqual([
      'Badan Keuangan',
      'Bagian Organisasi',
      'Dinas Sosial',
      'Kecamatan Arjasa',
      'Kecamatan Batang',
    ]);
  });

  it('leaves the given list as it was', () => {
    unitsByGalat(units);
    expect(units[0].unit).toBe('Kecamatan Batang');
  });
});

describe('rules across units', () => {
  const units = [
    unit({ unit: 'A', rules: [rc('ANG-01', 'galat', 3), rc('STR-02', 'info', 1)] }),
    unit({ unit: 'B', rules: [rc('ANG-01', 'galat', 1), rc('NUM-02', 'peringatan', 4), rc('STR-02', 'peringatan', 2)] }),
    unit({ unit: 'C' }),
  ];

  it('totals each rule and severity with the units that have it: galat, then peringatan, then info', () => {
    expect(ruleTotals(units)).toEqual([
      { rule: 'ANG-01', severity: 'galat', title: 'Induk tidak sama dengan jumlah rinciannya', findings: 4, units: 2 },
      { rule: 'NUM-02', severity: 'peringatan', title: 'Cara membaca angka ditebak', findings: 4, units: 1 },
      { rule: 'STR-02', severity: 'peringatan', title: expect.any(String), findings: 2, units: 1 },
      { rule: 'STR-02', severity: 'info', title: expect.any(String), findings: 1, units: 1 },
    ]);
  });

  it('counts findings per rule id, all severities together, in catalogue order (the JSON’s rules)', () => {
    expect(Object.entries(findingsPerRule(units))).toEqual([
      ['ANG-01', 4],
      ['NUM-02', 4],
      ['STR-02', 3],
    ]);
  });

  it('has none without findings', () => {
    expect(ruleTotals([unit({ unit: 'C' })])).toEqual([]);
    expect(findingsPerRule([])).toEqual({});
  });
});

describe('the year and units sent twice', () => {
  it('takes the year most units report, the later on a tie, none when no unit states one', () => {
    const y = (...years: Array<number | undefined>) =>
      commonYear(years.map((year, i) => unit({ unit: String(i), ...(year ? { year } : {}) })));
    expect(y(2023, 2023, 2022, undefined)).toBe(2023);
    expect(y(2022, 2023)).toBe(2023);
    expect(y(2023, 2022)).toBe(2023);
    expect(y(undefined)).toBeUndefined();
    expect(y()).toBeUndefined();
  });

  it('finds a unit in more than one file despite case and punctuation', () => {
    const units = [
      unit({ unit: 'Dinas PU', file: 'a.xlsx' }),
      unit({ unit: 'Kecamatan Batang', file: 'b.xlsx' }),
      unit({ unit: 'Dinas Pendidikan', file: 'c.xlsx' }),
    ];
    expect(duplicateUnits(units)).toEqual([]);
    units.push(unit({ unit: 'dinas pu', file: 'd.xlsx' }));
    expect(duplicateUnits(units)).toEqual([{ unit: 'Dinas PU', files: ['a.xlsx', 'd.xlsx'] }]);
  });
});
