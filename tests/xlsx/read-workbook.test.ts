import ExcelJS from 'exceljs';
import { loadXlsx, XlsxReadError } from '../../src/xlsx/read-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { scanSnapshot } from '../../src/xlsx/scan-snapshot';
import { cellAt, type WorkbookSnapshot } from '../../src/core/snapshot';
import { docxBytes } from '../fixtures/office-files';

type Reader = (data: Uint8Array, name?: string) => Promise<WorkbookSnapshot>;

/** Both ways of reading a file: through ExcelJS (susun, the task pane) and straight from the XML (periksa). */
const READERS: Array<[string, Reader]> = [
  ['loadXlsx', async (data, name) => (await loadXlsx(data, name)).snapshot],
  ['readSnapshot', readSnapshot],
];

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One sheet with every kind of value, a shared formula, a merge, a hidden row and a hidden column. */
function cellValuesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'teks';
  ws.getCell('B1').value = 2399800;
  ws.getCell('B1').numFmt = '#,##0';
  ws.getCell('C1').value = 0.9997;
  ws.getCell('C1').numFmt = '0.00%';
  ws.getCell('D1').value = {
    richText: [{ text: 'Belanja ' }, { font: { italic: true }, text: 'Modal' }],
  };
  ws.getCell('E1').value = { text: 'situs', hyperlink: 'https://example.org' };
  ws.getCell('F1').value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell('G1').value = { error: '#DIV/0!' };
  ws.getCell('H1').value = true;
  ws.getCell('A2').value = 10;
  ws.getCell('B2').value = 20;
  ws.getCell('C2').value = { formula: 'SUM(A2:B2)', result: 30 };
  ws.getCell('A3').value = 1;
  ws.getCell('B3').value = 2;
  ws.getCell('C3').value = {
    formula: 'A3+B3',
    result: 3,
    shareType: 'shared',
    ref: 'C3:C4',
  } as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = 5;
  ws.getCell('B4').value = 6;
  ws.getCell('C4').value = { sharedFormula: 'C3', result: 11 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('D2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.mergeCells('A6:C7');
  ws.getCell('A6').value = 'gabung';
  ws.getRow(9).getCell(1).value = 'tersembunyi';
  ws.getRow(9).hidden = true;
  ws.getColumn(5).hidden = true;
  return wb;
}

describe.each(READERS)('%s', (_, read) => {
  async function readFailure(data: Uint8Array): Promise<XlsxReadError> {
    try {
      await read(data);
    } catch (e) {
      if (e instanceof XlsxReadError) return e;
      throw e;
    }
    throw new Error('the reader accepted the file');
  }

  describe('cell values', () => {
    let sheet: import('../../src/core/snapshot').SheetSnapshot;

    beforeAll(async () => {
      const snapshot = await read(await bytesOf(cellValuesWorkbook()), 'uji.xlsx');
      expect(snapshot.name).toBe('uji.xlsx');
      sheet = snapshot.sheets[0];
    });

    it('keeps text, numbers and their number formats', () => {
      expect(cellAt(sheet, 0, 0)).toEqual({ value: 'teks' });
      expect(cellAt(sheet, 0, 1)).toEqual({ value: 2399800, numberFormat: '#,##0' });
      expect(cellAt(sheet, 0, 2)).toEqual({ value: 0.9997, numberFormat: '0.00%' });
    });

    it('flattens rich text and hyperlinks to plain text', () => {
      expect(cellAt(sheet, 0, 3)?.value).toBe('Belanja Modal');
      expect(cellAt(sheet, 0, 4)?.value).toBe('situs');
    });

    it('turns dates into serial numbers and keeps errors and booleans', () => {
      expect(cellAt(sheet, 0, 5)?.value).toBe(45291);
      expect(cellAt(sheet, 0, 6)?.value).toEqual({ error: '#DIV/0!' });
      expect(cellAt(sheet, 0, 7)?.value).toBe(true);
    });

    it('gives formulas without "=" and their cached results, shared formulas translated', () => {
      expect(cellAt(sheet, 1, 2)).toEqual({ value: 30, formula: 'SUM(A2:B2)' });
      expect(cellAt(sheet, 2, 2)).toEqual({ value: 3, formula: 'A3+B3' });
      expect(cellAt(sheet, 3, 2)).toEqual({ value: 11, formula: 'A4+B4' });
      expect(cellAt(sheet, 1, 3)).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    });

    it('reads merges (0-based), leaving covered cells empty, and hidden rows and columns', () => {
      expect(sheet.merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 2 }]);
      expect(cellAt(sheet, 5, 0)?.value).toBe('gabung');
      expect(cellAt(sheet, 5, 1)).toBeUndefined();
      expect(cellAt(sheet, 6, 0)).toBeUndefined();
      expect([...sheet.hiddenRows]).toEqual([8]);
      expect([...sheet.hiddenColumns]).toEqual([4]);
    });

    it('leaves rows without cells undefined (sparse)', () => {
      expect(sheet.rows[4]).toBeUndefined();
      expect(sheet.rows[7]).toBeUndefined();
    });
  });

  describe('Excel tables and owner marks', () => {
    it('lists Excel tables with their ranges and marks sheets named by SAKIP_* defined names', async () => {
      const wb = new ExcelJS.Workbook();
      const input = wb.addWorksheet('Anggaran');
      input.addTable({
        name: 'SakipAnggaran',
        ref: 'B3',
        columns: [{ name: 'Kode' }, { name: 'Uraian' }, { name: 'Pagu' }],
        rows: [
          ['7.01.01', 'Program A', 100],
          ['7.01.01.2.01', 'Kegiatan A', 100],
        ],
      });
      const generated = wb.addWorksheet('Tabel 3.8');
      generated.getCell('A1').value = 'Tabel 3.8';
      wb.definedNames.add("'Tabel 3.8'!$A$1", 'SAKIP_3_8');
      const other = wb.addWorksheet('Catatan Pemeriksaan');
      other.getCell('A1').value = 'Catatan';
      wb.definedNames.add("'Catatan Pemeriksaan'!$A$1", 'SAKIP_CATATAN');
      wb.definedNames.add('Anggaran!$B$3', 'Lainnya');

      const snapshot = await read(await bytesOf(wb));
      const [anggaran, tabel, catatan] = snapshot.sheets;
      expect(anggaran.tables).toEqual([
        { name: 'SakipAnggaran', range: { top: 2, left: 1, bottom: 4, right: 3 } },
      ]);
      expect(anggaran.ownerMark).toBeUndefined();
      expect(tabel.ownerMark).toBe('3.8');
      expect(catatan.ownerMark).toBe('catatan');
    });
  });

  describe('files that are not readable workbooks', () => {
    it('rejects an empty file', async () => {
      expect((await readFailure(new Uint8Array(0))).kind).toBe('kosong');
    });

    it('rejects a text file (not a zip)', async () => {
      expect((await readFailure(Buffer.from('No;Kegiatan;Pagu\n1;A;100\n'))).kind).toBe('bukan-zip');
    });

    it('rejects a truncated .xlsx as a damaged zip', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('A').getCell('A1').value = 1;
      const good = await bytesOf(wb);
      expect((await readFailure(good.subarray(0, Math.floor(good.length / 2)))).kind).toBe('zip-rusak');
    });

    it('rejects a Word document renamed .xlsx', async () => {
      const err = await readFailure(await docxBytes());
      expect(err.kind).toBe('dokumen-word');
      expect(err.message).toMatch(/Word/);
    });

    it('rejects a compound file (encrypted .xlsx or legacy .xls)', async () => {
      const cfb = new Uint8Array(512);
      cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      expect((await readFailure(cfb)).kind).toBe('terenkripsi');
    });

    it('rejects a zip whose workbook part is garbage', async () => {
      const { zipBytes } = await import('../fixtures/office-files');
      const bytes = await zipBytes({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': 'bukan xml <<<' });
      expect((await readFailure(bytes)).kind).toBe('rusak');
    });
  });
});

describe('readSnapshot', () => {
  it('reads the cell-values workbook with its own scanner, so the tests above hold for it and not only for ExcelJS', async () => {
    const bytes = new Uint8Array(await bytesOf(cellValuesWorkbook()));
    const scanned = await scanSnapshot(bytes, 'uji.xlsx');
    expect(scanned).toBeDefined();
    expect(await readSnapshot(bytes, 'uji.xlsx')).toEqual(scanned);
  });
});
