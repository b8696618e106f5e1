import ExcelJS from 'exceljs';
import { loadXlsx } from '../../../src/xlsx/read-workbook';
import { recogniseWorkbook } from '../../../src/core/recognise/recognise-workbook';
import { ownerMarkName } from '../../../src/core/plan/sheet-plan';
import {
  SEED_NARRATIVE,
  seedBudgetSipd,
  seedTabel38Pasted,
  tableAtG12,
} from '../../fixtures/budget-workbooks';

async function modelOf(bytes: Buffer | Uint8Array) {
  const { snapshot } = await loadXlsx(bytes);
  return recogniseWorkbook(snapshot);
}

describe('recogniseWorkbook', () => {
  it('recognises the pasted seed table, its unit and year, and the narrative sentence under it', async () => {
    const model = await modelOf(await seedTabel38Pasted());
    expect(model.budgets).toHaveLength(1);
    expect(model.unit).toBe('Kecamatan Kalianget');
    expect(model.year).toBe(2023);
    expect(model.narrative.map((n) => n.text)).toEqual([SEED_NARRATIVE]);
    expect(model.narrative[0].ref.col).toBe(1);
    expect(model.notes.map((n) => [n.rule, n.cell])).toEqual([['STR-01', 'E59']]);
    expect(model.sheetOrder).toEqual(['Bab III']);
  });

  it('takes the unit from a heading line when no title names it with the year', async () => {
    const model = await modelOf(await tableAtG12());
    expect(model.unit).toBe('KECAMATAN KALIANGET');
    expect(model.year).toBe(2023);
    const sipd = await modelOf(await seedBudgetSipd());
    expect(sipd.unit).toBe('Kecamatan Kalianget');
    expect(sipd.year).toBe(2023);
  });

  it('leaves out the dash or colon a title puts between the unit and the year', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Anggaran');
    ws.getCell('A1').value = 'SKPD: Kecamatan Kalianget — Tahun Anggaran 2023';
    const model = await modelOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(model.unit).toBe('Kecamatan Kalianget');
    expect(model.year).toBe(2023);
  });

  it('skips sheets the add-in generated and lists them', async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.load((await seedTabel38Pasted()) as unknown as ExcelJS.Buffer);
    const copy = source.addWorksheet('Tabel 3.8');
    source.getWorksheet('Bab III')!.eachRow((row, r) => {
      row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value));
    });
    source.definedNames.add("'Tabel 3.8'!$A$1", ownerMarkName('3.8'));
    const model = await modelOf(Buffer.from(await source.xlsx.writeBuffer()));
    expect(model.generatedSheets).toEqual(['Tabel 3.8']);
    expect(model.budgets.map((b) => b.sheet)).toEqual(['Bab III']);
  });

  it('quotes Rupiah figures written with "Rp." in the narrative', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Narasi');
    ws.getCell('A1').value = 'Total anggaran tahun ini sebesar Rp. 2.752.010.113 dengan realisasi 86,17 %.';
    ws.getCell('A2').value = 'Kata pengantar tanpa angka.';
    ws.getCell('A3').value = '86,17 %';
    const model = await modelOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(model.narrative.map((n) => n.ref.row)).toEqual([0]);
  });
});

describe('recogniseWorkbook: the canonical template', () => {
  it('reads the template tables once each (style template), not again as user tables', async () => {
    const { templateWorkbookXlsx } = await import('../../fixtures/template-workbook-xlsx');
    const model = await modelOf(await templateWorkbookXlsx());
    expect(model.budgets.map((b) => [b.sheet, b.style, b.nodes.length])).toEqual([
      ['Anggaran', 'template', 16],
    ]);
    expect(model.indicators.map((t) => [t.sheet, t.style])).toEqual([['Kinerja', 'template']]);
    expect(model.surveys.map((t) => [t.sheet, t.style])).toEqual([['SKM', 'template']]);
  });
});
