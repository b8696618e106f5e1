/** The SVG pictures drawn for charts where the host writes none (the command line's .xlsx). */
import { chartPictures, chartSvg, niceMax, wrapLabel } from '../../../src/core/plan/chart-svg';
import type { PlanChart } from '../../../src/core/plan/sheet-plan';

const range = { top: 0, left: 0, bottom: 1, right: 0 };
const bars: PlanChart = {
  kind: 'bar-clustered',
  title: 'Pagu dan Realisasi Anggaran per Program',
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
  preview: { categories: ['Meningkatnya Mutu Layanan Publik'], series: [{ name: 'Capaian', values: [81 / 82] }, { name: 'Target 100%', values: [1] }], percent: true },
};

describe('chartSvg', () => {
  it('draws one bar per value with its id-ID label, and none for a missing value', () => {
    const svg = chartSvg(bars);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect x="\d+(\.\d+)?" y="[\d.]+" width="[\d.]+" height="15"/g)).toHaveLength(3);
    for (const label of ['2.480.794.290', '1.871.807.702', '34.208.520']) expect(svg).toContain(`>${label}</text>`);
  });

  it('escapes names and draws a percentage axis up to 120% for capaian around 100%', () => {
    expect(chartSvg(bars)).toContain('PROGRAM &lt;B&gt; &amp; &quot;C&quot;');
    const svg = chartSvg(columns);
    expect(svg).toContain('>120%</text>');
    expect(svg).not.toContain('>140%</text>');
    expect(svg).toContain('>98,78%</text>');
  });

  it('wraps long labels on word boundaries and cuts the last kept line', () => {
    expect(wrapLabel('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 20, 3)).toEqual(['PROGRAM PENUNJANG', 'URUSAN PEMERINTAHAN', 'DAERAH']);
    expect(wrapLabel('satu dua tiga empat lima', 9, 2)).toEqual(['satu dua', 'tiga…']);
  });

  it('rounds axis maxima up to 1, 2, 2,5 or 5 times a power of ten', () => {
    expect([niceMax(2480794290), niceMax(0.9), niceMax(3), niceMax(0)]).toEqual([2500000000, 1, 5, 1]);
  });

  it('names one picture per chart of the plans', () => {
    const base = { table: 'ringkasan' as const, name: 'Ringkasan', cells: [], columnWidths: [], merges: [], outline: [], freeze: { rows: 0, columns: 0 }, notes: [] };
    const print = { orientation: 'landscape' as const, paperSize: 'A4' as const, fitToWidth: true };
    expect(chartPictures([{ ...base, print, charts: [bars, columns] }]).map((p) => p.suffix)).toEqual(['grafik-1.svg', 'grafik-2.svg']);
  });
});
