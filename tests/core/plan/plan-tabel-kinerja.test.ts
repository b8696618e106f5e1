import { planTabel32, planTabel33, planTabel34, planTabel35 } from '../../../src/core/plan/plan-tabel-kinerja';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { indicatorTable } from './builders';
import { cell, rowOf } from './plan-helpers';

// Columns: A no, B tujuan/sasaran, C indikator, then the data columns from D.
const table = indicatorTable([
  {
    level: 'tujuan', name: 'Meningkatkan Pelayanan Publik', indikator: 'Nilai IKM Kecamatan', target: '82 Nilai', realisasi: '81 Nilai',
    lalu: { target: '81 Nilai', realisasi: '80 Nilai' }, targetAkhir: '85 Nilai', standarNasional: '87 Nilai',
  },
  { level: 'sasaran', name: 'Meningkatnya Mutu Layanan Publik', indikator: 'Nilai SKM Kecamatan', target: '82 Nilai', realisasi: '81 Nilai' },
  { level: 'program', name: 'Program X', target: '100 %', realisasi: '100 %' },
  { level: 'tujuan', name: 'Meningkatnya Akuntabilitas', indikator: 'SAKIP Perangkat Daerah', target: 'BB', realisasi: 'Belum ada penilaian', lalu: { target: 'BB', realisasi: 'BB' }, targetAkhir: 'A' },
  { level: 'sasaran', name: 'Menurunnya Angka Pengaduan', indikator: 'Jumlah pengaduan', target: '10 Kasus', realisasi: '8 Kasus', polaritas: 'negatif' },
]);
const ctx = { settings: DEFAULT_SETTINGS, tahun: 2023 };

describe('planTabel32', () => {
  const plan = planTabel32(table, ctx).plan;
  const r = (name: string) => rowOf(plan, name, 1);

  it('lists the tujuan and sasaran (the IKU rows), numbered 1 / 1.1 / 2 / 2.1, without programs', () => {
    expect(cell(plan, r('Meningkatkan Pelayanan Publik'), 0)?.value).toBe('1');
    expect(cell(plan, r('Meningkatnya Mutu Layanan Publik'), 0)?.value).toBe('1.1');
    expect(cell(plan, r('Meningkatnya Akuntabilitas'), 0)?.value).toBe('2');
    expect(cell(plan, r('Menurunnya Angka Pengaduan'), 0)?.value).toBe('2.1');
    expect(r('Program X')).toBe(-1);
  });

  it('returns its layout: each IKU row where it was put, the average row closing the body', () => {
    const { layout } = planTabel32(table, ctx);
    const iku = table.rows.filter((row) => row.level !== 'program');
    expect(iku.map((row) => layout.rowOf.get(row.index))).toEqual(iku.map((row) => r(row.name.text)));
    expect(layout.rowOf.has(table.rows.find((row) => row.level === 'program')!.index)).toBe(false);
    expect(cell(plan, layout.averageRow!, 0)?.value).toBe('Rata-Rata Capaian Kinerja');
    expect(layout.body?.bottom).toBe(layout.averageRow);
  });

  it('computes capaian by polarity: real/target, and (2·target − real)/target for negatif', () => {
    const a = r('Meningkatkan Pelayanan Publik') + 1;
    expect(cell(plan, a - 1, 5)?.formula).toBe(`IF(D${a}=0,"-",E${a}/D${a})`);
    const n = r('Menurunnya Angka Pengaduan') + 1;
    expect(cell(plan, n - 1, 5)?.formula).toBe(`IF(D${n}=0,"-",(2*D${n}-E${n})/D${n})`);
  });

  it('writes "Belum ada penilaian" as text, never a number', () => {
    const c = cell(plan, r('Meningkatnya Akuntabilitas'), 5);
    expect(c?.value).toBe('Belum ada penilaian');
    expect(c?.formula).toBeUndefined();
    expect(cell(plan, r('Meningkatnya Akuntabilitas'), 3)?.value).toBe('BB');
  });

  it('grades kategori with the Permendagri 86/2017 bands on the capaian rounded to 2 decimals', () => {
    const a = r('Meningkatkan Pelayanan Publik');
    expect(cell(plan, a, 6)?.formula).toBe(
      `IF(ISNUMBER(F${a + 1}),IF(ROUND(F${a + 1}*100,2)>=91,"Sangat Tinggi",IF(ROUND(F${a + 1}*100,2)>=76,"Tinggi",` +
        `IF(ROUND(F${a + 1}*100,2)>=66,"Sedang",IF(ROUND(F${a + 1}*100,2)>=51,"Rendah","Sangat Rendah")))),"")`,
    );
  });

  it('uses the user’s kategori scale when set', () => {
    const p = planTabel32(table, { ...ctx, settings: { ...DEFAULT_SETTINGS, skalaKategori: [{ lower: 0.9, label: 'Baik' }, { lower: 0, label: 'Kurang' }] } }).plan;
    const a = rowOf(p, 'Meningkatkan Pelayanan Publik', 1) + 1;
    expect(cell(p, a - 1, 6)?.formula).toBe(`IF(ISNUMBER(F${a}),IF(ROUND(F${a}*100,2)>=90,"Baik","Kurang"),"")`);
  });

  it('closes with the average capaian over the rows and its kategori', () => {
    const avg = rowOf(plan, 'Rata-Rata Capaian Kinerja');
    const first = r('Meningkatkan Pelayanan Publik') + 1;
    const last = r('Menurunnya Angka Pengaduan') + 1;
    expect(cell(plan, avg, 5)?.formula).toBe(`IFERROR(AVERAGE(F${first}:F${last}),"-")`);
    expect(cell(plan, avg, 6)?.formula).toContain(`ROUND(F${avg + 1}*100,2)>=91`);
  });
});

describe('planTabel33–35', () => {
  it('Tabel 3.3 puts last year and this year side by side under year headers', () => {
    const plan = planTabel33(table, ctx).plan;
    const header = plan.cells.find((row) => row?.some((c) => c?.value === '2022'));
    expect(header?.some((c) => c?.value === '2023')).toBe(true);
    const a = rowOf(plan, 'Meningkatkan Pelayanan Publik', 1);
    expect(cell(plan, a, 3)?.value).toBe(81);
    expect(cell(plan, a, 4)?.value).toBe(80);
    expect(cell(plan, a, 5)?.formula).toBe(`IF(D${a + 1}=0,"-",E${a + 1}/D${a + 1})`);
    expect(cell(plan, a, 8)?.formula).toBe(`IF(G${a + 1}=0,"-",H${a + 1}/G${a + 1})`);
    // Grades are compared by rank on the SAKIP scale with a built-in formula.
    const s = rowOf(plan, 'Meningkatnya Akuntabilitas', 1);
    expect(cell(plan, s, 5)?.formula).toContain('MATCH(E');
  });

  it('Tabel 3.4 compares this year’s realisasi with the Renstra end target', () => {
    const plan = planTabel34(table, ctx).plan;
    const a = rowOf(plan, 'Meningkatkan Pelayanan Publik', 1);
    expect(cell(plan, a, 3)?.value).toBe(81);
    expect(cell(plan, a, 4)?.value).toBe(85);
    expect(cell(plan, a, 5)?.formula).toBe(`IF(E${a + 1}=0,"-",D${a + 1}/E${a + 1})`);
  });

  it('Tabel 3.5 compares this year’s realisasi with the national standard', () => {
    const plan = planTabel35(table, ctx).plan;
    const a = rowOf(plan, 'Meningkatkan Pelayanan Publik', 1);
    expect(cell(plan, a, 4)?.value).toBe(87);
    expect(cell(plan, a, 5)?.formula).toBe(`IF(E${a + 1}=0,"-",D${a + 1}/E${a + 1})`);
    const empty = rowOf(plan, 'Meningkatnya Mutu Layanan Publik', 1);
    expect(cell(plan, empty, 4)?.value).toBeNull();
  });
});
