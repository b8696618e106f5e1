/** The chart pictures of the Bab III document, as marks. */
import { chartDrawing, niceMax, wrapLabel } from '../../../src/core/plan/chart-drawing';
import type { PlanChart } from '../../../src/core/plan/sheet-plan';

const texts = (chart: PlanChart) =>
  chartDrawing(chart).marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

const range = { top: 0, left: 0, bottom: 1, right: 0 };
const bars: PlanChart = {
  kind: 'bar-clustered',
  title: 'Pagu dan Realisasi Anggaran per Program',
  valueFormat: '#,##0',
  valueMin: 0,
  categoriesTopDown: true,
  categories: range,
  series: [{ name: 'Pagu', values: range }, { name: 'Realisasi', values: range }],
  anchor: range,
  preview: {
    categories: ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'PROGRAM <B> & "C"'],
    series: [{ name: 'Pagu', values: [2480794290, 34208520] }, { name: 'Realisasi', values: [1871807702, null] }],
    percent: false,
  },
};
const columns: PlanChart = {
  ...bars,
  kind: 'column-clustered',
  title: 'Capaian Kinerja per Sasaran terhadap Target 100%',
  valueFormat: '0%',
  categoriesTopDown: false,
  preview: { categories: ['Meningkatnya Mutu Layanan Publik'], series: [{ name: 'Capaian', values: [81 / 82] }, { name: 'Target 100%', values: [1] }], percent: true },
};

describe('chartDrawing', () => {
  it('draws one bar per value with its id-ID label, and none for a missing value', () => {
    const bars15 = chartDrawing(bars).marks.filter((m) => m.kind === 'rect' && m.height === 15);
    expect(bars15).toHaveLength(3);
    for (const label of ['2.480.794.290', '1.871.807.702', '34.208.520']) expect(texts(bars)).toContain(label);
  });

  it('keeps names as they are and draws a percentage axis up to 120% for capaian around 100%', () => {
    expect(texts(bars).join(' ')).toContain('PROGRAM <B> & "C"');
    expect(texts(columns)).toContain('120%');
    expect(texts(columns)).not.toContain('140%');
    expect(texts(columns)).toContain('98,78%');
  });

  it('fills the series in the look’s chart colours, in order', () => {
    const fills = new Set(chartDrawing(bars).marks.flatMap((m) => (m.kind === 'rect' && m.height === 15 ? [m.fill] : [])));
    expect([...fills]).toEqual(['#4472C4', '#ED7D31']);
  });

  it('wraps long labels on word boundaries and cuts the last kept line', () => {
    expect(wrapLabel('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 20, 3)).toEqual(['PROGRAM PENUNJANG', 'URUSAN PEMERINTAHAN', 'DAERAH']);
    expect(wrapLabel('satu dua tiga empat lima', 9, 2)).toEqual(['satu dua', 'tiga…']);
  });

  it('rounds axis maxima up to 1, 2, 2,5 or 5 times a power of ten', () => {
    expect([niceMax(2480794290), niceMax(0.9), niceMax(3), niceMax(0)]).toEqual([2500000000, 1, 5, 1]);
  });
});
