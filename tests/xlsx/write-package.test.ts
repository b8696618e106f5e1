import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { planTemplateSheets } from '../../src/core/plan/plan-template';
import { ownerMarkName, type SheetPlan } from '../../src/core/plan/sheet-plan';
import { cellAddress, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import {
  workbookKind,
  writeInputSheetsToPackage,
  writePlansToNewWorkbook,
  writePlansToPackage,
} from '../../src/xlsx/write-package';
import { XlsxWriteError } from '../../src/xlsx/write-error';
import { compressedData, zipDirectory } from '../../src/xlsx/zip-directory';
import { seedBudgetSipd, seedTabel38Converted } from '../fixtures/budget-workbooks';
import {
  example,
  macroEnabled,
  plansFor,
  richerExample,
  TRICKY_PLAN,
  TRICKY_TEXTS,
  VBA_PROJECT,
} from '../fixtures/package-workbooks';

// Whole workbooks through the engine and the writer, several times over: generous on a busy machine.
jest.setTimeout(60_000);

/** The parts the writer edits; every other part must come through as it was stored. */
const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

const viaPackage = writePlansToPackage;

/**
 * Every difference between a sheet as read back and its plan: values (a formula cell has none, as
 * nothing calculated it), formulas, number formats, merges. Empty when the sheet holds the plan.
 */
function mismatches(sheet: SheetSnapshot | undefined, plan: SheetPlan): string[] {
  if (!sheet) return [`${plan.name}: not written`];
  const out: string[] = [];
  const rows = Math.max(plan.cells.length, sheet.rows.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(plan.cells[r]?.length ?? 0, sheet.rows[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const want = plan.cells[r]?.[c];
      const got = sheet.rows[r]?.[c];
      const at = cellAddress(r, c);
      const wantValue = want?.formula !== undefined ? null : (want?.value ?? null);
      if (JSON.stringify(got?.value ?? null) !== JSON.stringify(wantValue)) out.push(`${at} value ${JSON.stringify(got?.value)}`);
      if (got?.formula !== want?.formula) out.push(`${at} formula ${got?.formula}`);
      // The readers keep no empty cell, so the format of a cell planned empty is not read back.
      const empty = want?.formula === undefined && (want?.value ?? null) === null;
      if (!empty && got?.numberFormat !== want?.numberFormat) out.push(`${at} format ${got?.numberFormat}`);
    }
  }
  const merges = (list: SheetSnapshot['merges']) => JSON.stringify([...list].sort((a, b) => a.top - b.top || a.left - b.left));
  if (merges(sheet.merges) !== merges(plan.merges)) out.push('merges');
  return out;
}

/** A sheet as toEqual compares it: cells, merges (in order), hidden rows and columns, owner mark. */
function comparable(sheet: SheetSnapshot) {
  return {
    name: sheet.name,
    ownerMark: sheet.ownerMark,
    rows: JSON.parse(JSON.stringify(sheet.rows)) as unknown,
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
  };
}

const sheetsOf = (s: WorkbookSnapshot) => s.sheets.map(comparable);

async function unzipText(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes, { checkCRC32: true })).file(name);
  if (file === null) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

const SOURCES: Array<[string, () => Promise<Uint8Array>]> = [
  ['the LKjIP example', async () => example('contoh-kecamatan.xlsx')],
  ['the SIPD example', async () => example('contoh-kecamatan-sipd.xlsx')],
  ['the seed Tabel 3.8 as pasted into id-ID Excel', async () => new Uint8Array(await seedTabel38Converted())],
  ['the seed budget with SIPD codes', async () => new Uint8Array(await seedBudgetSipd())],
];

describe('writePlansToPackage', () => {
  describe.each(SOURCES)('on %s', (_, source) => {
    let bytes: Uint8Array;
    let plans: SheetPlan[];
    let edited: Awaited<ReturnType<typeof writePlansToPackage>>;
    beforeAll(async () => {
      bytes = await source();
      plans = await plansFor(bytes);
      edited = await viaPackage(bytes, plans);
    });

    it('reads back as planned — values, formulas, formats, merges, owner marks — by ExcelJS and by the scanner alike', async () => {
      expect(plans.length).toBeGreaterThan(0);
      const scanned = await readSnapshot(edited.bytes);
      for (const [i, plan] of plans.entries()) {
        const sheet = scanned.sheets.find((s) => s.name === edited.report.sheets[i].sheet);
        expect(mismatches(sheet, plan)).toEqual([]);
        expect(sheet?.ownerMark).toBe(plan.table);
      }
      // ExcelJS reads the same file independently of the writer and of the scanner.
      expect(sheetsOf((await loadXlsx(edited.bytes)).snapshot)).toEqual(sheetsOf(scanned));
      expect(edited.macroEnabled).toBe(false);
    });

    it('copies every part it does not edit as stored, byte for byte, and checks in a zip reader', async () => {
      const before = zipDirectory(bytes) ?? [];
      const after = new Map((zipDirectory(edited.bytes) ?? []).map((e) => [e.name, e]));
      for (const e of before) {
        if (EDITED.includes(e.name)) continue;
        const copy = after.get(e.name);
        expect(copy).toBeDefined();
        expect(copy?.crc).toBe(e.crc);
        const stored = compressedData(bytes, e);
        expect(stored).toBeDefined();
        expect(Buffer.from(compressedData(edited.bytes, copy!) ?? [])).toEqual(Buffer.from(stored ?? []));
      }
      // JSZip checks every part's CRC against the directory's.
      const zip = await JSZip.loadAsync(edited.bytes, { checkCRC32: true });
      for (const name of Object.keys(zip.files)) await zip.file(name)?.async('uint8array');
    });

    it('replaces its own sheets in place when run on its output, and the file stops growing', async () => {
      const second = await viaPackage(edited.bytes, await plansFor(edited.bytes));
      const third = await viaPackage(second.bytes, await plansFor(second.bytes));
      const names = (b: Uint8Array) => zipDirectory(b)?.map((e) => e.name);
      expect(names(second.bytes)).toEqual(names(edited.bytes));
      expect(names(third.bytes)).toEqual(names(edited.bytes));
      for (const part of EDITED)
        expect(await unzipText(third.bytes, part)).toBe(await unzipText(second.bytes, part));
      const workbook = await unzipText(third.bytes, 'xl/workbook.xml');
      for (const plan of plans)
        expect(count(workbook, new RegExp(`name="${ownerMarkName(plan.table)}"`, 'g'))).toBe(1);
      expect(count(workbook, /fullCalcOnLoad="1"/g)).toBe(1);
      expect(sheetsOf(await readSnapshot(third.bytes))).toEqual(sheetsOf(await readSnapshot(edited.bytes)));
    });
  });

  describe('on a workbook with more in it', () => {
    it('drops the calculation chain and what only the replaced sheet used; keeps the user sheet’s picture and names', async () => {
      const source = await richerExample();
      const sourceNames = zipDirectory(source)?.map((e) => e.name) ?? [];
      expect(sourceNames).toContain('xl/calcChain.xml');
      const drawings = sourceNames.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
      expect(drawings).toHaveLength(2);
      const media = sourceNames.filter((n) => n.startsWith('xl/media/') && !n.endsWith('/'));
      expect(media).toHaveLength(2);

      const { bytes } = await viaPackage(source, await plansFor(source));
      const names = zipDirectory(bytes)?.map((e) => e.name) ?? [];
      expect(names).not.toContain('xl/calcChain.xml');
      // The user's picture stays; the old Tabel 3.8's goes; the Ringkasan's charts are drawn anew.
      const after = names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
      expect(after).toHaveLength(2);
      const charts = await Promise.all(after.map(async (d) => (await unzipText(bytes, d)).includes('<c:chart ')));
      expect(charts.filter(Boolean)).toHaveLength(1);
      expect(names.filter((n) => n.startsWith('xl/media/') && !n.endsWith('/'))).toHaveLength(1);
      const types = await unzipText(bytes, '[Content_Types].xml');
      expect(types).not.toContain('calcChain');
      expect(count(types, /drawing\+xml/g)).toBe(2);
      expect(await unzipText(bytes, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
      // Every relationship still points at a part that is there.
      for (const relsName of names.filter((n) => n.endsWith('.rels'))) {
        const folder = relsName.replace(/_rels\/[^/]*$/, '');
        for (const [, target, mode] of (await unzipText(bytes, relsName)).matchAll(
          /Target="([^"]*)"(\s+TargetMode="External")?/g,
        )) {
          if (mode) continue;
          const resolved = new URL(target, `file:///${folder}`).pathname.slice(1);
          expect(names).toContain(resolved);
        }
      }
      const workbook = await unzipText(bytes, 'xl/workbook.xml');
      expect(workbook).toContain(`<definedName name="Milik_Pengguna">Anggaran!$A$1:$B$2</definedName>`);
      expect(workbook).not.toContain('Di_Tabel_Lama');
      // ExcelJS still opens it, the user's picture on the user's sheet.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      expect(wb.getWorksheet('Anggaran')?.getImages()).toHaveLength(1);
      expect(wb.getWorksheet('Tabel 3.8')?.getImages()).toHaveLength(0);
    });

    it('gives a user sheet with a wanted name its own name, and a free one to the new sheet', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(example('contoh-kecamatan.xlsx')) as unknown as ExcelJS.Buffer);
      wb.addWorksheet('tabel 3.8').getCell('A1').value = 'catatan pengguna';
      const source = new Uint8Array(await wb.xlsx.writeBuffer());
      const plans = await plansFor(source);
      const { bytes, report } = await viaPackage(source, plans);
      expect(report.sheets.find((s) => s.table === '3.8')).toEqual({
        table: '3.8',
        sheet: 'Tabel 3.8 (2)',
        replaced: false,
        wantedName: 'Tabel 3.8',
      });
      const snapshot = await readSnapshot(bytes);
      expect(snapshot.sheets.find((s) => s.name === 'tabel 3.8')?.rows[0]?.[0]?.value).toBe(
        'catatan pengguna',
      );
      expect(snapshot.sheets.find((s) => s.name === 'Tabel 3.8 (2)')?.ownerMark).toBe('3.8');
    });
  });

  describe('owner marks and part names', () => {
    it('takes the workbook’s owner mark, not the sheet-local copy Excel gives a copied sheet', async () => {
      const first = await viaPackage(
        example('contoh-kecamatan.xlsx'),
        await plansFor(example('contoh-kecamatan.xlsx')),
      );
      // The user copied Tabel 3.8 (Excel: Move or Copy › Create a copy): the copy is a sheet of its
      // own, carrying a sheet-local SAKIP_3_8 listed before the workbook's.
      const zip = await JSZip.loadAsync(first.bytes);
      const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
      const sheets = [...workbook.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
      const original = sheets.find((t) => t.includes('name="Tabel 3.8"')) ?? '';
      const copyIndex = sheets.length;
      const rid = /r:id="([^"]*)"/.exec(original)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${rid}"`).exec(
        (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '',
      );
      const sheetPart = `xl/${target?.[1] ?? target?.[2]}`;
      const copyXml = (await zip.file(sheetPart)?.async('string')) ?? '';
      zip.file('xl/worksheets/sheet99.xml', copyXml);
      const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
      zip.file(
        'xl/_rels/workbook.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
        ),
      );
      const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
      );
      zip.file(
        'xl/workbook.xml',
        workbook
          .replace('</sheets>', '<sheet name="Tabel 3.8 (2)" sheetId="99" r:id="rIdCopy"/></sheets>')
          .replace(
            '<definedNames>',
            `<definedNames><definedName name="SAKIP_3_8" localSheetId="${copyIndex}">'Tabel 3.8 (2)'!$A$1</definedName>`,
          ),
      );
      const withCopy = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });

      const read = await readSnapshot(withCopy);
      expect(read.sheets.filter((s) => s.ownerMark === '3.8').map((s) => s.name)).toEqual(['Tabel 3.8']);
      const plan = (await plansFor(withCopy)).filter((p) => p.table === '3.8');
      const { bytes, report } = await viaPackage(withCopy, plan);
      expect(report.sheets).toEqual([{ table: '3.8', sheet: 'Tabel 3.8', replaced: true }]);
      const after = await unzipText(bytes, 'xl/workbook.xml');
      expect(after).toContain(
        `<definedName name="SAKIP_3_8" localSheetId="${copyIndex}">'Tabel 3.8 (2)'!$A$1</definedName>`,
      );
      expect(count(after, /<definedName name="SAKIP_3_8">'Tabel 3\.8'!\$A\$1<\/definedName>/g)).toBe(1);
      expect(await unzipText(bytes, 'xl/worksheets/sheet99.xml')).toBe(copyXml);
    });

    it('names a new sheet part apart from every part and content type listed, whatever their case', async () => {
      const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
      const existing = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      const next = existing.length + 1;
      // A part named like the next sheet but for its case, and a content type left for a part that is gone.
      zip.file(`xl/worksheets/Sheet${next}.xml`, '<x/>');
      const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          `<Override PartName="/xl/worksheets/sheet${next + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
        ),
      );
      const source = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const plan = (await plansFor(source)).slice(0, 1);
      const { bytes } = await viaPackage(source, plan);
      const added = (zipDirectory(bytes) ?? [])
        .map((e) => e.name)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/i.test(n) && !(n in zip.files));
      expect(added).toEqual([`xl/worksheets/sheet${next + 2}.xml`]);
    });
  });

  describe('text and values', () => {
    const plan = TRICKY_PLAN;

    it('reads back as written: markup, spaces, line ends, control characters, _xHHHH_ and surrogates', async () => {
      const { bytes } = await viaPackage(example('contoh-kecamatan.xlsx'), [plan]);
      const sheet = (await readSnapshot(bytes)).sheets.find((s) => s.name === plan.name);
      expect(sheet?.rows[0]?.map((c) => c?.value)).toEqual(TRICKY_TEXTS);
      expect(sheet?.rows[1]?.map((c) => c?.value)).toEqual([
        1e21,
        -0.000001,
        true,
        false,
        { error: '#NUM!' },
      ]);
      expect(sheet?.rows[2]?.[0]?.formula).toBe('IF(A2>0,"a&b","<c>")');
      const xml = await unzipText(bytes, 'xl/worksheets/sheet4.xml');
      expect(xml).toContain(`<hyperlink ref="B3" location="'Anggaran''s'!G12" display="G12"/>`);
      const workbook = await unzipText(bytes, 'xl/workbook.xml');
      expect(workbook).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="3">'Catatan ''Khusus'' Uji'!$1:$1</definedName>`,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      expect(wb.getWorksheet(plan.name)?.getCell('A1').value).toBe(TRICKY_TEXTS[0]);
    });

    it('writes the worksheet’s elements in the order the schema (and Excel) requires', async () => {
      const { bytes } = await viaPackage(example('contoh-kecamatan.xlsx'), [plan]);
      const xml = await unzipText(bytes, 'xl/worksheets/sheet4.xml');
      const order = [
        'sheetPr',
        'dimension',
        'sheetViews',
        'sheetFormatPr',
        'cols',
        'sheetData',
        'mergeCells',
        'dataValidations',
        'hyperlinks',
        'printOptions',
        'pageMargins',
        'pageSetup',
      ];
      const children = [...xml.matchAll(/<(\w+)[\s>/]/g)].map((m) => m[1]).filter((n) => order.includes(n));
      const positions = children.map((n) => order.indexOf(n));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(children)).toEqual(new Set(order.filter((n) => n !== 'dataValidations')));
      expect(xml).toContain(
        '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
      );
      expect(xml).toContain('<row r="2" outlineLevel="1">');
      expect(xml).toContain('outlineLevelRow="2"');
    });
  });

  describe('charts', () => {
    let ringkasan: SheetPlan;
    let bytes: Uint8Array;
    beforeAll(async () => {
      ringkasan = (await plansFor(example('contoh-kecamatan.xlsx'))).find((p) => p.table === 'ringkasan')!;
      bytes = (await viaPackage(example('contoh-kecamatan.xlsx'), [ringkasan])).bytes;
    });

    it('writes the Ringkasan’s charts as DrawingML parts over its own cells', async () => {
      const names = zipDirectory(bytes)?.map((e) => e.name) ?? [];
      expect(names).toEqual(expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml']));
      const sheet = await unzipText(bytes, 'xl/worksheets/sheet4.xml');
      // The page break above "E. DATA GRAFIK" (row 32) keeps the charts whole, in the schema's order.
      expect(sheet).toMatch(
        /<pageSetup [^>]*\/><rowBreaks count="1" manualBreakCount="1"><brk id="31" max="16383" man="1"\/><\/rowBreaks><drawing r:id="rId1"\/><\/worksheet>$/,
      );
      expect(sheet).toContain('<row r="32"><c r="A32" s="18" t="inlineStr"><is><t>E. DATA GRAFIK</t>');
      expect(await unzipText(bytes, 'xl/worksheets/_rels/sheet4.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
      expect(await unzipText(bytes, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart2.xml"');
      const types = await unzipText(bytes, '[Content_Types].xml');
      expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
      expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');

      const [bars, columns] = ringkasan.charts!;
      const chart1 = await unzipText(bytes, 'xl/charts/chart1.xml');
      const rows = (r: { top: number; bottom: number }) => `$${r.top + 1}:$`;
      expect(chart1).toContain('<c:barDir val="bar"/>');
      expect(chart1).toContain(`<c:f>'Ringkasan'!$A${rows(bars.categories)}A$${bars.categories.bottom + 1}</c:f>`);
      expect(chart1).toContain(`<c:f>'Ringkasan'!$B${rows(bars.series[0].values)}B$${bars.series[0].values.bottom + 1}</c:f>`);
      // The planner's figures are the cache, shown before anything recalculates.
      expect(chart1).toContain(`<c:v>${bars.preview.series[0].values[0]}</c:v>`);
      expect(chart1).toContain('<c:orientation val="maxMin"/>');
      expect(await unzipText(bytes, 'xl/charts/chart2.xml')).toContain(`<c:v>${columns.preview.categories[0]}</c:v>`);
    });

    it('replaces its charts with the sheet: the package does not grow when run on its output', async () => {
      const again = await viaPackage(bytes, [ringkasan]);
      const names = (b: Uint8Array) => zipDirectory(b)?.map((e) => e.name).sort();
      expect(names(again.bytes)).toEqual(names(bytes));
      expect(again.report.sheets[0].replaced).toBe(true);
      expect(await unzipText(again.bytes, 'xl/charts/chart1.xml')).toBe(await unzipText(bytes, 'xl/charts/chart1.xml'));
    });
  });

  describe('Excel tables (the template’s input sheets)', () => {
    it('writes each input sheet’s table part, its header cells as the table’s columns, and reads them back', async () => {
      const source = new Uint8Array(await seedTabel38Converted());
      const { bytes, report } = await writeInputSheetsToPackage(source, planTemplateSheets());
      expect(report).toEqual({ written: ['Anggaran', 'Kinerja', 'SKM'], skipped: [] });
      const table = await unzipText(bytes, 'xl/tables/table1.xml');
      expect(table).toContain('name="Anggaran" displayName="Anggaran" ref="A1:E2"');
      expect(table).toContain('<autoFilter ref="A1:E2"/>');
      const snapshot = await readSnapshot(bytes);
      expect(snapshot.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name)).toEqual(['Anggaran', 'Kinerja', 'SKM']);
      expect(snapshot.sheets.find((s) => s.name === 'Anggaran')?.ownerMark).toBeUndefined();
      expect((await loadXlsx(bytes)).snapshot.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name)).toEqual([
        'Anggaran',
        'Kinerja',
        'SKM',
      ]);
    });

    it('leaves a sheet that has the name alone, and gives a second template’s tables free names and ids', async () => {
      const source = new Uint8Array(await seedTabel38Converted());
      const first = await writeInputSheetsToPackage(source, planTemplateSheets());
      expect((await writeInputSheetsToPackage(first.bytes, planTemplateSheets())).report).toEqual({
        written: [],
        skipped: ['Anggaran', 'Kinerja', 'SKM'],
      });
      const renamed = planTemplateSheets().map((p) => ({ ...p, name: `${p.name} 2024` }));
      const second = await writeInputSheetsToPackage(first.bytes, renamed);
      const tables = await Promise.all(
        [4, 5, 6].map(async (n) => /id="(\d+)" name="([^"]*)"/.exec(await unzipText(second.bytes, `xl/tables/table${n}.xml`))?.slice(1)),
      );
      expect(tables).toEqual([
        ['4', 'Anggaran_2'],
        ['5', 'Kinerja_2'],
        ['6', 'SKM_2'],
      ]);
    });
  });

  describe('macro-enabled workbooks and templates', () => {
    it('edits an .xlsm like any other: vbaProject.bin byte for byte, still macro-enabled', async () => {
      const source = await macroEnabled(example('contoh-kecamatan.xlsx'));
      expect(await workbookKind(source)).toBe('xlsm');
      const written = await viaPackage(source, await plansFor(source));
      expect(written.macroEnabled).toBe(true);
      expect(await workbookKind(written.bytes)).toBe('xlsm');
      const vba = (b: Uint8Array) => (zipDirectory(b) ?? []).find((e) => e.name === 'xl/vbaProject.bin')!;
      expect(Buffer.from(compressedData(written.bytes, vba(written.bytes))!)).toEqual(
        Buffer.from(compressedData(source, vba(source))!),
      );
      const zip = await JSZip.loadAsync(written.bytes);
      expect(await zip.file('xl/vbaProject.bin')?.async('uint8array')).toEqual(VBA_PROJECT);
      expect(await unzipText(written.bytes, 'xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
      expect(await unzipText(written.bytes, '[Content_Types].xml')).toContain('sheet.macroEnabled.main+xml');
    });

    it('gives the workbook made from a template (.xltm → macro-enabled workbook)', async () => {
      const source = await macroEnabled(example('contoh-kecamatan.xlsx'), true);
      const written = await viaPackage(source, (await plansFor(source)).slice(0, 1));
      const types = await unzipText(written.bytes, '[Content_Types].xml');
      expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
      expect(types).not.toContain('template');
      expect(written.macroEnabled).toBe(true);
    });
  });

  describe('packages other writers make', () => {
    async function withPart(name: string, edit: (text: string) => string): Promise<Uint8Array> {
      const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
      zip.file(name, edit((await zip.file(name)?.async('string')) ?? ''));
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }
    const plan = async () => (await plansFor(example('contoh-kecamatan.xlsx'))).slice(0, 1);
    const prefixed = (t: string) => t.replace(/<(\/?)(?!\?)([a-zA-Z])/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');

    it.each<[string, () => Promise<Uint8Array>]>([
      ['a workbook part with a namespace prefix', () => withPart('xl/workbook.xml', prefixed)],
      ['a style sheet with a namespace prefix', () => withPart('xl/styles.xml', prefixed)],
      ['styles without cell formats', () => withPart('xl/styles.xml', (t) => t.replace(/<cellXfs[\s\S]*<\/cellXfs>/, ''))],
      [
        'styles without the cell style format its formats would refer to',
        () => withPart('xl/styles.xml', (t) => t.replace(/<cellStyleXfs[\s\S]*<\/cellStyleXfs>/, '')),
      ],
      [
        'a relationships part in UTF-16',
        async () => {
          const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
          const text = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
          zip.file(
            'xl/_rels/workbook.xml.rels',
            Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('UTF-8', 'UTF-16'), 'utf16le')]),
          );
          return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
        },
      ],
    ])('edits %s, and what it wrote reads back as planned', async (_, source) => {
      const [first] = await plan();
      const { bytes, report } = await viaPackage(await source(), [first]);
      const sheet = (await readSnapshot(bytes)).sheets.find((s) => s.name === report.sheets[0].sheet);
      // ExcelJS reads no prefixed part at all; the schema validator checks these (package-schema.test.ts).
      expect(mismatches(sheet, first)).toEqual([]);
    });

    it('writes into a workbook part with a prefix in that prefix', async () => {
      const { bytes } = await viaPackage(await withPart('xl/workbook.xml', prefixed), await plan());
      const workbook = await unzipText(bytes, 'xl/workbook.xml');
      expect(workbook).toMatch(/<x:sheet name="Tabel 3\.2" sheetId="\d+" r:id="rIdSakip1"\/><\/x:sheets>/);
      expect(workbook).toContain('<x:definedName name="SAKIP_3_2">');
      expect(workbook).not.toMatch(/<(sheet|definedName|calcPr)\b/);
    });

    it('adds a style sheet to a workbook that has none', async () => {
      const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
      zip.remove('xl/styles.xml');
      const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
      zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ''));
      const source = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const [first] = await plan();
      const { bytes } = await viaPackage(source, [first]);
      expect(await unzipText(bytes, 'xl/_rels/workbook.xml.rels')).toMatch(/relationships\/styles" Target="styles1?\.xml"/);
      const sheet = (await readSnapshot(bytes)).sheets.find((s) => s.name === first.name);
      expect(mismatches(sheet, first)).toEqual([]);
    });

    it('writes a new workbook of generated sheets only, for a rekap made from nothing', async () => {
      const plans = (await plansFor(example('contoh-kecamatan.xlsx'))).filter((p) => p.table === '3.8' || p.table === 'ringkasan');
      const { bytes, report } = await writePlansToNewWorkbook(plans);
      expect(report.sheets.map((s) => s.sheet)).toEqual(['Tabel 3.8', 'Ringkasan']);
      const snapshot = await readSnapshot(bytes);
      expect(snapshot.sheets.map((s) => s.name)).toEqual(['Tabel 3.8', 'Ringkasan']);
      for (const plan of plans) expect(mismatches(snapshot.sheets.find((s) => s.name === plan.name), plan)).toEqual([]);
    });
  });

  describe('refuses what it cannot edit, with the reason, leaving the source as it was', () => {
    it.each<[string, XlsxWriteError['kind'], () => Promise<Uint8Array>]>([
      [
        'Strict Open XML',
        'strict',
        async () => {
          const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
          const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
          zip.file('_rels/.rels', rels.replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\//g, 'http://purl.oclc.org/ooxml/officeDocument/relationships/'));
          return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
        },
      ],
      [
        'a workbook part with an entity XML does not know',
        'rusak',
        async () => {
          const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
          const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
          zip.file('xl/workbook.xml', workbook.replace(/name="Anggaran"/, 'name="Anggaran&nbsp;"'));
          return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
        },
      ],
    ])('%s', async (_, kind, source) => {
      const bytes = await source();
      const before = new Uint8Array(bytes);
      const plans = (await plansFor(example('contoh-kecamatan.xlsx'))).slice(0, 1);
      const failure = await writePlansToPackage(bytes, plans).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(XlsxWriteError);
      expect((failure as XlsxWriteError).kind).toBe(kind);
      expect(bytes).toEqual(before);
    });
  });

  it('writes a zip that unzip tests clean (skipped without unzip)', async () => {
    let hasUnzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      hasUnzip = false;
    }
    if (!hasUnzip) {
      console.warn('unzip is not installed: the zip is checked by JSZip only');
      return;
    }
    const source = example('contoh-kecamatan.xlsx');
    const { bytes } = await viaPackage(source, await plansFor(source));
    const dir = mkdtempSync(join(tmpdir(), 'sakip-zip-'));
    writeFileSync(join(dir, 'hasil.xlsx'), bytes);
    const out = execFileSync('unzip', ['-t', join(dir, 'hasil.xlsx')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true });
    expect(out).toContain('No errors detected');
  });
});
