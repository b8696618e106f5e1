import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { scanSnapshot } from '../../src/xlsx/scan-snapshot';
import { loadXlsx, XlsxReadError } from '../../src/xlsx/read-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { cellAt, type WorkbookSnapshot } from '../../src/core/snapshot';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { writePlansToPackage } from '../../src/xlsx/write-package';
import {
  seedBudgetSipd,
  seedTabel27Pasted,
  seedTabel310Pasted,
  seedTabel38Converted,
  seedTabel38Pasted,
  tableAtG12,
} from '../fixtures/budget-workbooks';
import { templateWorkbookXlsx } from '../fixtures/template-workbook-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A package as Excel and other writers save it, written by hand, deflated. */
async function handWrittenXlsx(sheet1: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
      '<sheets><sheet name="Anggaran" sheetId="1" r:id="rId1"/><sheet name="Grafik" sheetId="3" r:id="rId5"/>' +
      '<sheet name="Tabel 3.8" sheetId="2" r:id="rId2"/></sheets>' +
      `<definedNames><definedName name="SAKIP_3_8">'Tabel 3.8'!$A$1</definedName>` +
      '<definedName name="Lainnya">Anggaran!$A$1</definedName></definedNames></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId5" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    'xl/sharedStrings.xml':
      `<?xml version="1.0"?><sst xmlns="${MAIN}" count="3" uniqueCount="3">` +
      '<si><r><t xml:space="preserve">Tabel 3.8 </t></r><r><rPr><b/></rPr><t>Capaian</t></r>' +
      '<rPh sb="0" eb="1"><t>カ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>Baris_x000A_Dua</t></si><si><t>Tabel 3.8</t></si></sst>',
    'xl/styles.xml':
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1">` +
      '<numFmt numFmtId="164" formatCode="_-* #,##0_-;-* #,##0_-;_-* &quot;-&quot;_-;_-@_-"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="3" applyNumberFormat="1"/>' +
      '<xf numFmtId="10"><alignment horizontal="right"/></xf><xf numFmtId="164"/></cellXfs></styleSheet>',
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/_rels/sheet1.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    'xl/tables/table1.xml': `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="SakipAnggaran" displayName="SakipAnggaran" ref="A3:E6"/>`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>2</v></c></row></sheetData></worksheet>`,
    'xl/chartsheets/sheet1.xml': `<?xml version="1.0"?><chartsheet xmlns="${MAIN}"/>`,
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** An Excel-style worksheet with an `x:` prefix (as the Open XML SDK writes), cells with and without `r`. */
const SHEET1 =
  `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}">` +
  '<x:cols><x:col min="6" max="7" width="3" hidden="1"/><x:col min="8" max="8" width="30"/></x:cols><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>' +
  '<!-- baris 2 kosong -->' +
  '<x:row r="3"><x:c t="inlineStr"><x:is><x:t>Program &amp; <![CDATA[<Kegiatan>]]></x:t></x:is></x:c>' +
  '<x:c s="1"><x:v>2752010113</x:v></x:c><x:c s="2"><x:v>0.9997</x:v></x:c><x:c s="3"><x:v>-1.5E-3</x:v></x:c></x:row>' +
  '<x:row r="4"><x:c r="B4"><x:v>100</x:v></x:c><x:c r="C4"><x:v>200</x:v></x:c>' +
  '<x:c r="D4"><x:f t="shared" ref="D4:D6" si="0">B4+C4</x:f><x:v>300</x:v></x:c>' +
  '<x:c r="E4" t="str"><x:f>SUM($B$4:B4)&amp;"B4"</x:f><x:v>100B4</x:v></x:c></x:row>' +
  '<x:row r="5"><x:c r="B5"><x:v>1</x:v></x:c><x:c r="C5"><x:v>2</x:v></x:c>' +
  '<x:c r="D5"><x:f t="shared" si="0"/><x:v>3</x:v></x:c></x:row>' +
  '<x:row r="6"><x:c r="D6"><x:f t="shared" si="0"/></x:c><x:c r="E6" s="1"/></x:row>' +
  '<x:row r="7" hidden="1"><x:c r="A7" t="b"><x:v>1</x:v></x:c><x:c r="B7" t="e"><x:v>#N/A</x:v></x:c>' +
  '<x:c r="C7" t="str"><x:v>teks &lt;b&gt;</x:v></x:c></x:row>' +
  '<x:row r="8"><x:c r="A8" t="s"><x:v>1</x:v></x:c><x:c r="B8"><x:v>5</x:v></x:c></x:row>' +
  '<x:row r="9" hidden="1"><x:c r="A9" s="1"/></x:row>' +
  '<x:row r="10"><x:c r="C10"><x:v>1</x:v></x:c></x:row>' +
  '</x:sheetData><x:mergeCells count="2"><x:mergeCell ref="A8:C8"/><x:mergeCell ref="B10:C10"/></x:mergeCells>' +
  '<x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>';

describe('scanSnapshot: a workbook as Excel and other writers save it', () => {
  let snapshot: WorkbookSnapshot;

  beforeAll(async () => {
    const read = await scanSnapshot(await handWrittenXlsx(SHEET1), 'tangan.xlsx');
    if (read === undefined) throw new Error('scanSnapshot declined the hand-written workbook');
    snapshot = read;
  });

  it('lists worksheets in workbook order, skipping chart sheets, and marks the generated one', () => {
    expect(snapshot.name).toBe('tangan.xlsx');
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Anggaran', 'Tabel 3.8']);
    expect(snapshot.sheets[0].ownerMark).toBeUndefined();
    expect(snapshot.sheets[1].ownerMark).toBe('3.8');
    expect(cellAt(snapshot.sheets[1], 0, 0)).toEqual({ value: 'Tabel 3.8' });
  });

  it('joins rich-text runs without the phonetic guide, undoes _xHHHH_, reads inline strings and CDATA', () => {
    const sheet = snapshot.sheets[0];
    expect(cellAt(sheet, 0, 0)).toEqual({ value: 'Tabel 3.8 Capaian' });
    expect(cellAt(sheet, 7, 0)).toEqual({ value: 'Baris\nDua' });
    expect(cellAt(sheet, 2, 0)).toEqual({ value: 'Program & <Kegiatan>' });
  });

  it('places cells without an address after the one before, with their number formats', () => {
    const sheet = snapshot.sheets[0];
    expect(cellAt(sheet, 2, 1)).toEqual({ value: 2752010113, numberFormat: '#,##0' });
    expect(cellAt(sheet, 2, 2)).toEqual({ value: 0.9997, numberFormat: '0.00%' });
    expect(cellAt(sheet, 2, 3)).toEqual({
      value: -0.0015,
      numberFormat: '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
    });
  });

  it('gives each cell of a shared formula its own formula, and keeps a formula saved without a value', () => {
    const sheet = snapshot.sheets[0];
    expect(cellAt(sheet, 3, 3)).toEqual({ value: 300, formula: 'B4+C4' });
    expect(cellAt(sheet, 4, 3)).toEqual({ value: 3, formula: 'B5+C5' });
    expect(cellAt(sheet, 5, 3)).toEqual({ value: null, formula: 'B6+C6' });
    expect(cellAt(sheet, 3, 4)).toEqual({ value: '100B4', formula: 'SUM($B$4:B4)&"B4"' });
  });

  it('reads booleans, errors and string results; a cell with only a style is empty', () => {
    const sheet = snapshot.sheets[0];
    expect(cellAt(sheet, 6, 0)).toEqual({ value: true });
    expect(cellAt(sheet, 6, 1)).toEqual({ value: { error: '#N/A' } });
    expect(cellAt(sheet, 6, 2)).toEqual({ value: 'teks <b>' });
    expect(cellAt(sheet, 5, 4)).toBeUndefined();
    expect(sheet.rows[8]).toBeUndefined();
    expect(sheet.rows[1]).toBeUndefined();
  });

  it('shows a merge by its first cell only, dropping what the file holds under the rest', () => {
    const sheet = snapshot.sheets[0];
    expect(sheet.merges).toEqual([
      { top: 7, left: 0, bottom: 7, right: 2 },
      { top: 9, left: 1, bottom: 9, right: 2 },
    ]);
    expect(sheet.rows[7]).toEqual([{ value: 'Baris\nDua' }]);
    expect(sheet.rows[9]).toBeUndefined();
    expect(sheet.rows.length).toBe(8);
  });

  it('reads hidden rows that hold cells, hidden columns and Excel tables', () => {
    const sheet = snapshot.sheets[0];
    expect([...sheet.hiddenRows]).toEqual([6]);
    expect([...sheet.hiddenColumns]).toEqual([5, 6]);
    expect(sheet.tables).toEqual([
      { name: 'SakipAnggaran', range: { top: 2, left: 0, bottom: 5, right: 4 } },
    ]);
  });
});

describe('scanSnapshot: empty values, odd references and hostile files', () => {
  const sheetWith = (body: string, after = ''): string =>
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData>${after}</worksheet>`;
  const sheetOf = async (sheet: string, extra: Record<string, string> = {}) => {
    const read = await scanSnapshot(await handWrittenXlsx(sheet, extra), 'x.xlsx');
    if (read === undefined) throw new Error('scanSnapshot declined the workbook');
    return read.sheets[0];
  };

  it('gives no value for an empty <v> or <is> of any type, and keeps text that is only spaces', async () => {
    const sheet = await sheetOf(
      sheetWith(
        '<row r="1"><c r="A1" t="str"><f>Z9&amp;""</f><v></v></c><c r="B1" t="s"><v></v></c>' +
          '<c r="C1"><v>  </v></c><c r="D1" t="inlineStr"><is><t/></is></c><c r="E1" t="b"><v></v></c>' +
          '<c r="F1" t="e"><v></v></c><c r="G1" t="str"><v>  </v></c><c r="H1" t="str"><v></v></c>' +
          '<c r="I1"><v/></c><c r="J1" t="inlineStr"><is><t>  </t></is></c><c r="K1" t="s"><v> </v></c></row>',
      ),
    );
    // A1 is a formula whose cached result is "" (not yet calculated, as ExcelJS reads it too).
    expect(sheet.rows[0]).toEqual([
      { value: null, formula: 'Z9&""' },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: '  ' },
      undefined,
      undefined,
      { value: '  ' },
    ]);
  });

  it('turns written line ends CR LF and CR into LF, as an XML parser does, and keeps &#13;', async () => {
    const sheet = await sheetOf(
      sheetWith('<row r="1"><c r="A1" t="inlineStr"><is><t>Baris\r\nDua\rTiga&#13;</t></is></c></row>'),
    );
    expect(cellAt(sheet, 0, 0)).toEqual({ value: 'Baris\nDua\nTiga\r' });
  });

  it('finds the sheet of an owner mark whose quoted name holds a comma', async () => {
    const read = await scanSnapshot(
      await handWrittenXlsx(SHEET1, {
        'xl/workbook.xml':
          `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
          '<sheet name="Anggaran" sheetId="1" r:id="rId1"/><sheet name="Tabel 3.8, capaian" sheetId="2" r:id="rId2"/>' +
          `</sheets><definedNames><definedName name="SAKIP_3_8">'Tabel 3.8, capaian'!$A$1,Anggaran!$B$2</definedName>` +
          '</definedNames></workbook>',
      }),
      'x.xlsx',
    );
    expect(read?.sheets.map((s) => s.ownerMark)).toEqual([undefined, '3.8']);
  });

  it('orders the corners of a merge written backwards and clears a whole-column merge in that column only', async () => {
    const sheet = await sheetOf(
      sheetWith(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="D2"><v>5</v></c></row>' +
          '<row r="900000"><c r="A900000"><v>6</v></c><c r="C900000"><v>7</v></c></row>',
        '<mergeCells count="2"><mergeCell ref="A1048576:A1"/><mergeCell ref="D2:C2"/></mergeCells>',
      ),
    );
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 1_048_575, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
    expect(sheet.rows[0]).toEqual([{ value: 1 }, { value: 2 }]);
    expect(sheet.rows[1]).toEqual([undefined, { value: 4 }]);
    expect(sheet.rows[899_999]).toEqual([undefined, undefined, { value: 7 }]);
  });

  it('hides each column once however the hidden <col> spans overlap or overreach', async () => {
    const spans = '<col min="1" max="20000" hidden="1"/>'.repeat(50) + '<col min="3" max="5" hidden="true"/>';
    const sheet = await sheetOf(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><cols>${spans}<col min="0" max="2" hidden="1"/></cols><sheetData/></worksheet>`,
    );
    expect(sheet.hiddenColumns.size).toBe(16_384);
    expect(Math.max(...sheet.hiddenColumns)).toBe(16_383);
  });

  it('reads a hidden <col> bound that is not whole as ExcelJS does (2.5 → 2)', async () => {
    const sheet = await sheetOf(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><cols><col min="1" max="2.5" hidden="1"/>` +
        '<col min="3" max="5" hidden="1"/></cols><sheetData/></worksheet>',
    );
    expect([...sheet.hiddenColumns].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4]);
  });

  it("refuses a cell past Excel's last row or column, naming the sheet, instead of walking up to it", async () => {
    for (const [body, cell] of [
      ['<row r="4294967295"><c r="A4294967295"><v>2</v></c></row>', 'di baris 4294967295'],
      ['<row r="3"><c r="XFE3"><v>2</v></c></row>', 'XFE3'],
    ]) {
      const bytes = await handWrittenXlsx(sheetWith(body));
      const refused = await readSnapshot(bytes, 'x.xlsx').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(XlsxReadError);
      expect((refused as XlsxReadError).kind).toBe('ditolak');
      expect((refused as XlsxReadError).message).toContain(`"Anggaran" berisi sel ${cell}`);
    }
    const lastCell = await sheetOf(sheetWith('<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'));
    expect(cellAt(lastCell, 1_048_575, 16_383)).toEqual({ value: 2 });
  });

  it('declines merges that overlap on a row with cells, which ExcelJS then refuses as Excel does', async () => {
    const bytes = await handWrittenXlsx(
      sheetWith(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>',
        '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      ),
    );
    expect(await scanSnapshot(bytes, 'x.xlsx')).toBeUndefined();
    await expect(readSnapshot(bytes, 'x.xlsx')).rejects.toMatchObject({ kind: 'rusak' });
  });

  it('clears exactly the cells a straightforward loop over every merged cell clears, on 200 random sheets', async () => {
    let seed = 20261128;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const height = 1 + random(12);
      const width = 1 + random(6);
      const grid: Array<Array<number | undefined>> = [];
      for (let r = 0; r < height; r++) {
        grid.push([]);
        for (let c = 0; c < width; c++) grid[r][c] = random(3) === 0 ? undefined : r * 10 + c;
      }
      // Non-overlapping merges: each placed only where no earlier one lies.
      const taken = new Set<string>();
      const merges: Array<[number, number, number, number]> = [];
      for (let k = random(6); k > 0; k--) {
        const top = random(height);
        const left = random(width);
        const bottom = Math.min(height - 1, top + random(5));
        const right = Math.min(width - 1, left + random(3));
        const cellsOf: string[] = [];
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cellsOf.push(`${r},${c}`);
        if (cellsOf.length < 2 || cellsOf.some((x) => taken.has(x))) continue;
        cellsOf.forEach((x) => taken.add(x));
        merges.push([top, left, bottom, right]);
      }
      const letter = (c: number) => String.fromCharCode(65 + c);
      const rowsXml = grid
        .map((cells, r) => {
          const body = cells
            .map((v, c) => (v === undefined ? '' : `<c r="${letter(c)}${r + 1}"><v>${v}</v></c>`))
            .join('');
          return body === '' ? '' : `<row r="${r + 1}">${body}</row>`;
        })
        .join('');
      // Written bottom-right first half of the time: the file's order of merges and corners is free.
      const refs = merges.map(([t, l, b, rt]) =>
        random(2) === 0
          ? `${letter(l)}${t + 1}:${letter(rt)}${b + 1}`
          : `${letter(rt)}${b + 1}:${letter(l)}${t + 1}`,
      );
      const sheet = await sheetOf(
        sheetWith(
          rowsXml,
          refs.length === 0
            ? ''
            : `<mergeCells>${refs.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
        ),
      );
      const expected = grid.map((cells) => [...cells]);
      for (const [t, l, b, rt] of merges)
        for (let r = t; r <= b; r++)
          for (let c = l; c <= rt; c++) if (r !== t || c !== l) expected[r][c] = undefined;
      for (let r = 0; r < height; r++)
        for (let c = 0; c < width; c++)
          expect([round, r, c, cellAt(sheet, r, c)?.value]).toEqual([round, r, c, expected[r][c]]);
    }
  });

  it('declines a file that points at one worksheet or table part twice, rather than reading it again and again', async () => {
    const rels = await JSZip.loadAsync(await handWrittenXlsx(SHEET1));
    const workbookRels = await rels.file('xl/_rels/workbook.xml.rels')!.async('string');
    const sameSheetTwice = workbookRels.replace('/xl/worksheets/sheet2.xml', 'worksheets/sheet1.xml');
    expect(sameSheetTwice).not.toBe(workbookRels);
    const twoSheets = await handWrittenXlsx(SHEET1, { 'xl/_rels/workbook.xml.rels': sameSheetTwice });
    expect(await scanSnapshot(twoSheets, 'x.xlsx')).toBeUndefined();
    const twoTables = await handWrittenXlsx(
      SHEET1.replace('<x:tablePart r:id="rId1"/>', '<x:tablePart r:id="rId1"/><x:tablePart r:id="rId1"/>'),
    );
    expect(await scanSnapshot(twoTables, 'x.xlsx')).toBeUndefined();
    expect(await scanSnapshot(await handWrittenXlsx(SHEET1), 'x.xlsx')).toBeDefined();
  });
});

describe('scanSnapshot: what it leaves to ExcelJS', () => {
  const sheetWith = (cell: string): string =>
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${cell}</row></sheetData></worksheet>`;

  it('declines an ISO date cell (t="d"), and readSnapshot then reads the file through ExcelJS', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 'tanggal';
    ws.getCell('B1').value = 7;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const dated = sheet.replace(
      /<c r="B1"[^>]*><v>7<\/v><\/c>/,
      '<c r="B1" t="d"><v>2023-12-31T00:00:00Z</v></c>',
    );
    expect(dated).not.toBe(sheet);
    zip.file('xl/worksheets/sheet1.xml', dated);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await scanSnapshot(bytes, 'd.xlsx')).toBeUndefined();
    const snapshot = await readSnapshot(bytes, 'd.xlsx');
    expect(snapshot).toEqual((await loadXlsx(bytes, 'd.xlsx')).snapshot);
    expect(cellAt(snapshot.sheets[0], 0, 0)).toEqual({ value: 'tanggal' });
  });

  it('declines a shared string index past the table, a cell outside its row and an unknown entity', async () => {
    for (const cell of [
      '<c r="A1" t="s"><v>99</v></c>',
      '<c r="A2"><v>1</v></c>',
      '<c r="A1" t="str"><v>&nbsp;</v></c>',
    ])
      expect(await scanSnapshot(await handWrittenXlsx(sheetWith(cell)), 'x.xlsx')).toBeUndefined();
  });

  it('declines a worksheet part that is missing', async () => {
    const bytes = await handWrittenXlsx(SHEET1, {
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/hilang.xml"/></Relationships>`,
    });
    expect(await scanSnapshot(bytes, 'x.xlsx')).toBeUndefined();
  });
});

/**
 * Hidden rows that hold no cell are left out by the scanner, where ExcelJS keeps some of them: the
 * engine asks only whether a row that holds cells is hidden, so both answer it alike.
 */
function comparable(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      hiddenRows: new Set([...s.hiddenRows].filter((r) => s.rows[r] !== undefined)),
    })),
  };
}

describe('scanSnapshot gives the snapshot ExcelJS gives', () => {
  const examples = join(__dirname, '..', '..', 'examples');
  const files: Array<[string, () => Promise<Uint8Array>]> = [
    ['Tabel 3.8 pasted from the seed', seedTabel38Pasted],
    ['Tabel 2.7 pasted from the seed', seedTabel27Pasted],
    ['Tabel 3.10 pasted from the seed', seedTabel310Pasted],
    ['Tabel 3.8 converted to numbers', seedTabel38Converted],
    ['SIPD export', () => seedBudgetSipd()],
    ['SIPD export with codes in the names', () => seedBudgetSipd({ codeInName: true })],
    ['table starting at G12', tableAtG12],
    ['the SAKIP template', templateWorkbookXlsx],
    ['examples/contoh-kecamatan.xlsx', async () => readFileSync(join(examples, 'contoh-kecamatan.xlsx'))],
    [
      'examples/contoh-kecamatan-sipd.xlsx',
      async () => readFileSync(join(examples, 'contoh-kecamatan-sipd.xlsx')),
    ],
    [
      'the example with every generated sheet added (formulas, merges, owner marks)',
      async () => {
        const source = new Uint8Array(readFileSync(join(examples, 'contoh-kecamatan.xlsx')));
        const { snapshot } = await loadXlsx(source);
        const susun = susunWorkbook(periksaWorkbook(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
        return (await writePlansToPackage(source, susun.plans)).bytes;
      },
    ],
  ];

  it.each(files)('%s', async (_, make) => {
    const bytes = await make();
    const scanned = await scanSnapshot(bytes, 'f.xlsx');
    expect(scanned).toBeDefined();
    expect(comparable(scanned as WorkbookSnapshot)).toEqual(
      comparable((await loadXlsx(bytes, 'f.xlsx')).snapshot),
    );
  });
});
