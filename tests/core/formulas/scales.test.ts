import { Decimal } from '../../../src/core/decimal';
import {
  gradeCode,
  pitaUntuk,
  SKALA_KATEGORI_86_2017,
  SKALA_MUTU_IKM_14_2017,
  SKALA_ORDINAL,
  SKALA_PREDIKAT_88_2021,
  skalaPengguna,
} from '../../../src/core/formulas';

describe('scales as data', () => {
  const bandScales = [SKALA_KATEGORI_86_2017, SKALA_MUTU_IKM_14_2017, SKALA_PREDIKAT_88_2021];

  it('name their regulation', () => {
    expect(SKALA_KATEGORI_86_2017.source).toBe('Permendagri 86/2017');
    expect(SKALA_MUTU_IKM_14_2017.source).toBe('PermenPANRB 14/2017');
    expect(SKALA_PREDIKAT_88_2021.source).toBe('PermenPANRB 88/2021');
    expect(SKALA_ORDINAL.map((s) => s.source)).toEqual([
      'PermenPANRB 88/2021',
      'UU 15/2004 (opini BPK atas laporan keuangan)',
      'PermenPANRB 14/2017',
    ]);
  });

  it('list bands from the highest lower bound down, the last one open below', () => {
    for (const scale of bandScales) {
      const bounds = scale.bands.slice(0, -1).map((b) => b.lower as Decimal);
      for (let i = 1; i < bounds.length; i++) expect(bounds[i].lt(bounds[i - 1])).toBe(true);
      expect(scale.bands[scale.bands.length - 1].lower).toBeNull();
    }
  });

  it('rank the ordinal grades lowest first', () => {
    expect(SKALA_ORDINAL[0].grades).toEqual(['D', 'C', 'CC', 'B', 'BB', 'A', 'AA']);
    expect(SKALA_ORDINAL[1].grades).toEqual(['TMP', 'TW', 'WDP', 'WTP']);
    expect(SKALA_ORDINAL[2].grades).toEqual(['D', 'C', 'B', 'A']);
  });

  it('recognise grade codes only', () => {
    expect(gradeCode(' cc ')).toBe('CC');
    expect(gradeCode('Baik')).toBeUndefined();
  });

  it('compare lower bounds inclusively or exclusively as the regulation does', () => {
    expect(pitaUntuk(SKALA_KATEGORI_86_2017, new Decimal(91)).label).toBe('Sangat Tinggi');
    expect(pitaUntuk(SKALA_PREDIKAT_88_2021, new Decimal(90)).label).toBe('A');
  });

  it('build user scales in any band order', () => {
    const scale = skalaPengguna(
      [
        { lower: 0, label: 'Kurang' },
        { lower: 0.8, label: 'Baik' },
      ],
      { lowerInclusive: true },
      new Decimal(100),
    );
    expect(scale.bands.map((b) => [b.lower?.toString() ?? null, b.label])).toEqual([
      ['80', 'Baik'],
      [null, 'Kurang'],
    ]);
  });
});
