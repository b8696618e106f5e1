import { loadXlsx } from '../../src/xlsx/read-workbook';
import { recogniseTemplateTables } from '../../src/core/recognise/template';
import { templateWorkbookXlsx } from '../fixtures/template-workbook-xlsx';

describe('the canonical template read from an .xlsx file', () => {
  it('finds the Excel tables and recognises the same trees as the snapshot fixture', async () => {
    const { snapshot } = await loadXlsx(await templateWorkbookXlsx(), 'template.xlsx');
    expect(snapshot.sheets.map((s) => [s.name, s.tables?.map((t) => t.name)])).toEqual([
      ['Anggaran', ['Anggaran']],
      ['Kinerja', ['Kinerja']],
      ['SKM', ['SKM']],
    ]);
    const [anggaran, kinerja, skm] = snapshot.sheets.map(recogniseTemplateTables);
    expect(anggaran.notes).toEqual([]);
    // 2 program, 2 kegiatan, 3 sub kegiatan, 9 rekening (16 lines); 11 indicator lines; 4 respondents.
    expect(anggaran.budgets[0].nodes).toHaveLength(16);
    expect(anggaran.budgets[0].nodes[0].pagu?.value.toString()).toBe('2887250');
    expect(anggaran.budgets[0].nodes[0].pagu?.reading.asText).toBe(false);
    expect(kinerja.indicators[0].rows.map((r) => r.depth)).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 4]);
    expect(skm.surveys[0].answers).toHaveLength(4);
  });
});
