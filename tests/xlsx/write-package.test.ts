import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ownerMarkName, type SheetPlan } from '../../src/core/plan/sheet-plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import { writePlansToPackage } from '../../src/xlsx/write-package';
import { saveXlsx, writePlans } from '../../src/xlsx/write-plans';
import { compressedData, zipDirectory } from '../../src/xlsx/zip-directory';
import { seedBudgetSipd, seedTabel38Converted } from '../fixtures/budget-workbooks';
import { example, plansFor, richerExample, TRICKY_PLAN, TRICKY_TEXTS } from '../fixtures/package-workbooks';

// Whole workbooks through ExcelJS and the engine, twice over: generous on a busy machine (no assertion on time).
jest.setTimeout(60_000);

/** The parts the writer edits; every other part must come through as it was stored. */
const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

async function viaPackage(bytes: Uint8Array, plans: SheetPlan[]) {
  const written = await writePlansToPackage(bytes, plans);
  if (written === undefined) throw new Error('the package writer declined a workbook it should edit');
  return written;
}

async function viaExcelJS(bytes: Uint8Array, plans: SheetPlan[]) {
  const { workbook } = await loadXlsx(bytes);
  const report = writePlans(workbook, plans);
  return { bytes: new Uint8Array(await saveXlsx(workbook)), report };
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
    let edited: { bytes: Uint8Array; report: unknown };
    beforeAll(async () => {
      bytes = await source();
      plans = await plansFor(bytes);
      edited = await viaPackage(bytes, plans);
    });

    it('gives the workbook the ExcelJS writer gives: the same sheets, cells, formulas, formats and merges', async () => {
      expect(plans.length).toBeGreaterThan(0);
      const reference = await viaExcelJS(bytes, plans);
      expect(edited.report).toEqual(reference.report);
      // Read back by ExcelJS, which reads both files independently of the writer under test …
      expect(sheetsOf((await loadXlsx(edited.bytes)).snapshot)).toEqual(
        sheetsOf((await loadXlsx(reference.bytes)).snapshot),
      );
      // … and by the scanner `periksa` reads with.
      expect(sheetsOf(await readSnapshot(edited.bytes))).toEqual(
        sheetsOf(await readSnapshot(reference.bytes)),
      );
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
      expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
      expect(names.filter((n) => n.startsWith('xl/media/') && !n.endsWith('/'))).toHaveLength(1);
      const types = await unzipText(bytes, '[Content_Types].xml');
      expect(types).not.toContain('calcChain');
      expect(count(types, /drawing\+xml/g)).toBe(1);
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

  describe('declines what it does not edit (the caller writes through ExcelJS instead)', () => {
    async function withPart(name: string, edit: (text: string) => string): Promise<Uint8Array> {
      const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
      zip.file(name, edit((await zip.file(name)?.async('string')) ?? ''));
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }
    const plan = async () => (await plansFor(example('contoh-kecamatan.xlsx'))).slice(0, 1);

    it.each<[string, () => Promise<Uint8Array>]>([
      [
        'a macro-enabled workbook',
        () =>
          withPart('[Content_Types].xml', (t) => t.replace('sheet.main+xml', 'sheet.macroEnabled.main+xml')),
      ],
      [
        'a template',
        () => withPart('[Content_Types].xml', (t) => t.replace('sheet.main+xml', 'template.main+xml')),
      ],
      [
        'a workbook part with a namespace prefix',
        () =>
          withPart('xl/workbook.xml', (t) =>
            t.replace(/<(\/?)(?!\?)([a-zA-Z])/g, '<$1x:$2').replace('xmlns=', 'xmlns:x='),
          ),
      ],
      [
        'styles without cell formats',
        () => withPart('xl/styles.xml', (t) => t.replace(/<cellXfs[\s\S]*<\/cellXfs>/, '')),
      ],
      [
        'styles without the cell style format its formats would refer to',
        () => withPart('xl/styles.xml', (t) => t.replace(/<cellStyleXfs[\s\S]*<\/cellStyleXfs>/, '')),
      ],
      [
        'a part in UTF-16',
        async () => {
          const zip = await JSZip.loadAsync(example('contoh-kecamatan.xlsx'));
          const text = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
          const utf16 = Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from(text.replace('UTF-8', 'UTF-16'), 'utf16le'),
          ]);
          zip.file('xl/_rels/workbook.xml.rels', utf16);
          return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
        },
      ],
      [
        'a part with an entity the XML reader does not know',
        () => withPart('xl/workbook.xml', (t) => t.replace(/name="Anggaran"/, 'name="Anggaran&nbsp;"')),
      ],
    ])('%s', async (_, source) => {
      expect(await writePlansToPackage(await source(), await plan())).toBeUndefined();
    });

    it('a plan with an Excel table', async () => {
      const [first] = await plan();
      const withTable = {
        ...first,
        excelTables: [{ name: 'T', range: { top: 0, left: 0, bottom: 1, right: 0 }, columns: ['A'] }],
      };
      expect(await writePlansToPackage(example('contoh-kecamatan.xlsx'), [withTable])).toBeUndefined();
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
