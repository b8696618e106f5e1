import { checkWorkbook } from '../../../src/core/checks/check-workbook';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import {
  CLEAN_AVERAGE,
  cleanIndicatorRows,
  indicatorTable,
  measure,
  model,
  ruleCells,
  stated,
  type IndicatorSpec,
} from './builders';

const check = (
  rows: IndicatorSpec[],
  average?: { capaian?: number; kategori?: string },
  settings: Settings = DEFAULT_SETTINGS,
) => checkWorkbook(model({ indicators: [indicatorTable({ rows, average })] }), settings);

function planted(index: number, change: Partial<IndicatorSpec>): IndicatorSpec[] {
  return cleanIndicatorRows().map((r, i) => (i === index ? { ...r, ...change } : r));
}

describe('a clean indicator table', () => {
  it('gives no finding at all', () => {
    expect(check(cleanIndicatorRows(), CLEAN_AVERAGE)).toEqual([]);
  });
});

describe('KIN-01 stated capaian ≠ capaian from target and realisasi', () => {
  it('reports the capaian cell with the computed capaian', () => {
    const findings = check(planted(0, { capaian: 0.99 }));
    expect(ruleCells(findings)).toEqual(['KIN-01 Tabel 3.2!F2']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'galat',
      '98,78%',
      '99,00%',
    ]);
  });

  it('uses the polarity: negatif is (2·target − realisasi) / target', () => {
    const rows: IndicatorSpec[] = [
      {
        name: 'Menurunnya angka kemiskinan',
        indikator: 'Persentase penduduk miskin',
        target: '10 %',
        realisasi: '8 %',
        capaian: 1.2,
        polaritas: 'negatif',
        kategori: 'Sangat Tinggi',
      },
    ];
    expect(check(rows)).toEqual([]);
    expect(ruleCells(check([{ ...rows[0], polaritas: 'positif' }]))).toEqual(['KIN-01 Tabel 3.2!F2']);
  });

  it('recomputes the kemajuan of Tabel 3.4 from the Renstra end target (81 of 85 → 95,29%)', () => {
    const withKemajuan = (kemajuan: number) => {
      const table = indicatorTable({
        sheet: 'Tabel 3.4',
        rows: [{ name: 'Mutu Layanan', indikator: 'Nilai SKM Kecamatan', realisasi: '81 Nilai' }],
      });
      const row = table.rows[0];
      row.targetAkhir = measure('Tabel 3.4', 1, 5, '85 Nilai');
      row.kemajuan = stated('Tabel 3.4', 1, 6, kemajuan, 'persen');
      return checkWorkbook(model({ indicators: [table] }), DEFAULT_SETTINGS);
    };
    expect(withKemajuan(0.9529)).toEqual([]);
    const findings = withKemajuan(0.95);
    expect(ruleCells(findings)).toEqual(['KIN-01 Tabel 3.4!G2']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['95,29%', '95,00%']);
  });

  it('leaves a capaian of "Belum ada penilaian" alone', () => {
    const rows: IndicatorSpec[] = [
      {
        name: 'Akuntabilitas',
        indikator: 'Nilai SAKIP',
        target: 'BB',
        realisasi: '',
        capaian: 'Belum ada penilaian',
      },
    ];
    expect(check(rows)).toEqual([]);
  });
});

describe('KIN-01 a capaian that follows the lower-is-better formula where no polaritas is stated', () => {
  // Target 90, realisasi 72: 72/90 = 80 %; (2·90 − 72)/90 = 120 %; 90/72 = 125 %.
  const row = (indikator: string, capaian: number): IndicatorSpec => ({
    name: 'Sasaran',
    indikator,
    target: 90,
    realisasi: 72,
    capaian,
  });

  it('is a galat naming the formula it fits when nothing says the indicator is lower-is-better', () => {
    const findings = check([row('Persentase pelayanan tepat waktu', 1.25)]);
    expect(findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['KIN-01', 'galat', '80,00%', '125,00%'],
    ]);
    expect(findings[0].message).toContain('target ÷ realisasi');
  });

  it("is info when the indicator's name says less is better", () => {
    const findings = check([row('Angka kematian ibu melahirkan', 1.2)]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['KIN-01', 'info']]);
  });

  it('is info when most of the table follows the lower-is-better formula', () => {
    const findings = check([row('Indeks A', 1.2), row('Indeks B', 1.2), row('Indeks C', 0.8)]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['KIN-01', 'info'],
      ['KIN-01', 'info'],
    ]);
  });
});

describe('KIN-02 kategori ≠ the scale', () => {
  it('reports the kategori cell with the label of the scale', () => {
    const findings = check(planted(0, { kategori: 'Tinggi' }));
    expect(ruleCells(findings)).toEqual(['KIN-02 Tabel 3.2!G2']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['Sangat Tinggi', 'Tinggi']);
  });

  it('follows a user scale from the settings', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      skalaKategori: [
        { lower: 0.99, label: 'Baik Sekali' },
        { lower: 0, label: 'Kurang' },
      ],
    };
    const findings = check(cleanIndicatorRows(), undefined, settings);
    // 98,78% < 99% is "Kurang" on that scale; 100% is "Baik Sekali".
    expect(ruleCells(findings)).toEqual(['KIN-02 Tabel 3.2!G2', 'KIN-02 Tabel 3.2!G3']);
    expect(findings.map((f) => f.expected)).toEqual(['Kurang', 'Baik Sekali']);
  });
});

describe('KIN-02 labels of another set (a PREDIKAT column of "Sangat Baik" … or "Berhasil" …)', () => {
  // Capaian 98,78% and 100% are in the top band (≥ 91), 80% in the second (76–90,99), 60% in the fourth (51–65,99).
  const rows = (labels: string[]): IndicatorSpec[] =>
    [0.9878, 1, 0.8, 0.6].map((capaian, i) => ({
      name: `Sasaran ${i + 1}`,
      indikator: `Indikator ${i + 1}`,
      capaian,
      kategori: labels[i],
    }));

  it('judges them on the 86/2017 bounds where most of the table agrees with those bounds', () => {
    const findings = check(rows(['Sangat Baik', 'Sangat Baik', 'Baik', 'Cukup']));
    // 60% is the fourth band: "Kurang", not "Cukup".
    expect(ruleCells(findings)).toEqual(['KIN-02 Tabel 3.2!G5']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'galat',
      'Kurang',
      'Cukup',
    ]);
    expect(
      ruleCells(check(rows(['Sangat Berhasil', 'Sangat Berhasil', 'Berhasil', 'Cukup Berhasil']))),
    ).toEqual(['KIN-02 Tabel 3.2!G5']);
  });

  it('does not judge a table whose labels mostly miss the bounds one by one, but warns once', () => {
    // Three of four labels a band off: other bounds (e.g. "Sangat Baik" from 100%), or wrong labels.
    const findings = check(rows(['Baik', 'Sangat Baik', 'Cukup', 'Sangat Kurang']));
    expect(ruleCells(findings)).toEqual(['KIN-02 Tabel 3.2!G2']);
    expect(findings[0].severity).toBe('peringatan');
  });

  it('says once that labels of no known set ("Tercapai") are not judged', () => {
    const findings = check(rows(['Tercapai', 'Tercapai', 'Tercapai', 'Tidak Tercapai']));
    expect(findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`)).toEqual(['KIN-02 G2 info']);
    expect(findings[0].message).toContain('Tercapai');
  });
});

describe('KIN-03 stated average ≠ mean of its rows', () => {
  it('reports the average cell with the mean', () => {
    const findings = check(cleanIndicatorRows(), { ...CLEAN_AVERAGE, capaian: 0.9962 });
    expect(ruleCells(findings)).toEqual(['KIN-03 Tabel 3.2!F4']);
    expect([findings[0].expected, findings[0].actual]).toEqual(['99,39%', '99,62%']);
  });

  it('accepts the seed’s 99,62% for rows of 99,93% and 99,30% (99,615 rounds up)', () => {
    const rows: IndicatorSpec[] = [
      { name: 'A', capaian: '99,93 %' },
      { name: 'B', capaian: '99,30 %' },
    ];
    expect(
      ruleCells(check(rows, { capaian: 0.9962, kategori: 'Sangat Tinggi' })).filter((r) =>
        r.startsWith('KIN'),
      ),
    ).toEqual([]);
  });
});

describe('KIN-04 one indicator, different targets in different tables', () => {
  const tables = (target: string) =>
    model({
      sheetOrder: ['Tabel 3.2', 'Tabel 3.3'],
      indicators: [
        indicatorTable({ sheet: 'Tabel 3.2', rows: cleanIndicatorRows() }),
        indicatorTable({
          sheet: 'Tabel 3.3',
          rows: [
            {
              name: 'Meningkatnya Mutu Layanan Publik',
              indikator: 'Nilai SKM  Kecamatan',
              target,
              realisasi: '81 Nilai',
              capaian: target === '85 Nilai' ? 0.9529 : 0.9878,
              kategori: 'Sangat Tinggi',
            },
          ],
        }),
      ],
    });

  it('reports the later table’s target against the first table’s', () => {
    const findings = checkWorkbook(tables('85 Nilai'), DEFAULT_SETTINGS);
    expect(ruleCells(findings)).toEqual(['KIN-04 Tabel 3.3!D2']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'peringatan',
      '82 Nilai',
      '85 Nilai',
    ]);
  });

  it('gives nothing when the targets agree', () => {
    expect(checkWorkbook(tables('82 Nilai'), DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('KIN-05 realisasi in another unit than its target', () => {
  it('reports a realisasi whose unit differs, and does not judge its capaian', () => {
    const findings = check(
      planted(0, { target: '87,15 Nilai', realisasi: '14.671.200 Rupiah', capaian: 0.9993 }),
    );
    expect(ruleCells(findings)).toEqual(['KIN-05 Tabel 3.2!E2']);
    expect([findings[0].severity, findings[0].expected, findings[0].actual]).toEqual([
      'galat',
      '87,15 Nilai',
      '14.671.200 Rupiah',
    ]);
  });

  it('reports the seed’s 87.15 → 14.671.200 written without units', () => {
    const findings = check(planted(0, { target: '87.15', realisasi: '14.671.200', capaian: 0.9993 }));
    expect(ruleCells(findings)).toEqual([
      'NUM-01 Tabel 3.2!D2',
      'NUM-01 Tabel 3.2!E2',
      'KIN-05 Tabel 3.2!E2',
    ]);
  });

  it('forgives a typo in the unit (`kgiatan` for `kegiatan`)', () => {
    expect(check(planted(1, { target: '1 kgiatan', realisasi: '1 kegiatan' }))).toEqual([]);
  });
});
