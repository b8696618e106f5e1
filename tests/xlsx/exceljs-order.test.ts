import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { putExcelJSOrderRight } from '../../src/xlsx/exceljs-order';
import { compressedData, zipDirectory } from '../../src/xlsx/zip-directory';

/** A workbook as ExcelJS saves it: one sheet fitted to the page width with its outline's summaries above. */
async function savedByExcelJS(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel 3.8', { pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  ws.getCell('A1').value = 'PROGRAM';
  ws.getCell('A1').font = { bold: true, size: 12, color: { argb: 'FF1F3864' } };
  ws.getRow(2).outlineLevel = 1;
  wb.addWorksheet('Catatan').getCell('A1').value = 'tanpa kerangka';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes, { checkCRC32: true })).file(name);
  if (file === null) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

const stored = (bytes: Uint8Array, name: string) => {
  const entry = zipDirectory(bytes)?.find((e) => e.name === name);
  if (entry === undefined) throw new Error(`${name} is not in the package`);
  return Buffer.from(compressedData(bytes, entry) ?? []);
};

describe('putExcelJSOrderRight', () => {
  it('puts a sheet’s outline properties before its page setup properties, as the schema orders them', async () => {
    const source = await savedByExcelJS();
    // The ExcelJS this project uses writes them the other way round (exceljs/exceljs#1348).
    expect(await partText(source, 'xl/worksheets/sheet1.xml')).toMatch(
      /<sheetPr><pageSetUpPr fitToPage="1"\/><outlinePr summaryBelow="0" summaryRight="0"\/><\/sheetPr>/,
    );
    const ordered = await putExcelJSOrderRight(source);
    const sheet = await partText(ordered, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(
      /<sheetPr><outlinePr summaryBelow="0" summaryRight="0"\/><pageSetUpPr fitToPage="1"\/><\/sheetPr>/,
    );
    // Only the order changed.
    const original = await partText(source, 'xl/worksheets/sheet1.xml');
    expect(sheet.replace('<outlinePr summaryBelow="0" summaryRight="0"/>', '')).toBe(
      original.replace('<outlinePr summaryBelow="0" summaryRight="0"/>', ''),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(ordered) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Tabel 3.8');
    expect(ws?.pageSetup.fitToPage).toBe(true);
    expect(ws?.properties.outlineProperties).toEqual({ summaryBelow: false, summaryRight: false });
  });

  it('orders each font’s children, leaving a font with an element it does not know as it is', async () => {
    const source = await savedByExcelJS();
    const fontsOf = async (bytes: Uint8Array) =>
      (await partText(bytes, 'xl/styles.xml')).match(/<font>[\s\S]*?<\/font>/g) ?? [];
    expect(await fontsOf(source)).toContain('<font><b/><color rgb="FF1F3864"/><sz val="12"/></font>');
    const fonts = await fontsOf(await putExcelJSOrderRight(source));
    expect(fonts).toContain('<font><b/><sz val="12"/><color rgb="FF1F3864"/></font>');
    expect(fonts[0]).toBe(
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    );

    const zip = await JSZip.loadAsync(source);
    const styles = await partText(source, 'xl/styles.xml');
    const odd = styles.replace('<font>', '<font><x14:unknown/>');
    zip.file('xl/styles.xml', odd);
    const withOdd = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const kept = (await partText(await putExcelJSOrderRight(withOdd), 'xl/styles.xml')).match(
      /<font>[\s\S]*?<\/font>/,
    )?.[0];
    expect(kept).toBe(odd.match(/<font>[\s\S]*?<\/font>/)?.[0]);
  });

  it('copies every other part as stored', async () => {
    const source = await savedByExcelJS();
    const ordered = await putExcelJSOrderRight(source);
    const names = zipDirectory(source)?.map((e) => e.name) ?? [];
    expect(zipDirectory(ordered)?.map((e) => e.name)).toEqual(names);
    const rewritten = ['xl/worksheets/sheet1.xml', 'xl/styles.xml'];
    expect(names).toEqual(expect.arrayContaining([...rewritten, 'xl/worksheets/sheet2.xml']));
    for (const name of names.filter((n) => !rewritten.includes(n))) {
      expect([name, stored(ordered, name)]).toEqual([name, stored(source, name)]);
    }
  });

  it('returns a package already in order, and bytes that are not a package, as they were', async () => {
    const once = await putExcelJSOrderRight(await savedByExcelJS());
    expect(await putExcelJSOrderRight(once)).toBe(once);
    const junk = new Uint8Array([0x50, 0x4b, 1, 2, 3]);
    expect(await putExcelJSOrderRight(junk)).toBe(junk);
  });
});
