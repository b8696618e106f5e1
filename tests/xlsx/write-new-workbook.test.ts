import ExcelJS from 'exceljs';
import { planRekap } from '../../src/core/plan/plan-rekap';
import type { Rekap } from '../../src/core/rekap/rekap';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { writePlansToNewWorkbook } from '../../src/xlsx/write-package';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { zipDirectory } from '../../src/xlsx/zip-directory';
import { rc, unit } from '../core/rekap/units';
import { errorKey, schemaErrors, VALIDATOR } from '../support/ooxml-validator';

const REKAP: Rekap = {
  units: [
    unit({
      unit: 'Kecamatan Batang',
      file: 'batang.xlsx',
      year: 2023,
      galat: 2,
      rules: [rc('ANG-01', 'galat', 2)],
      pagu: 1_250_000_000,
      realisasi: 1_000_000_000,
      capaian: 0.9,
      capaianRows: 1,
    }),
    unit({ unit: 'Dinas <Sosial> & "Arsip"', file: 'sosial.xlsx', year: 2023 }),
  ],
  unreadable: [{ file: 'rusak.xlsx', error: 'Berkas terpotong.' }],
  skipped: [],
};

const inCI = process.env.CI === 'true';

describe('writePlansToNewWorkbook (the rekap workbook)', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await writePlansToNewWorkbook(planRekap(REKAP, { settings: DEFAULT_SETTINGS }))).bytes;
  });

  it('holds the planned sheets and nothing else, each with its owner mark', async () => {
    const snapshot = await readSnapshot(bytes, 'rekap.xlsx');
    expect(snapshot.sheets.map((s) => [s.name, s.ownerMark])).toEqual([
      ['Rekap Unit', 'rekap.unit'],
      ['Temuan per Aturan', 'rekap.aturan'],
      ['Rekap Pemda', 'rekap.pemda'],
    ]);
    expect(
      zipDirectory(bytes)
        ?.map((e) => e.name)
        .sort(),
    ).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
  });

  it('is read by another reader (ExcelJS) with the texts as planned, the formulas and the styles', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const pemda = wb.getWorksheet('Rekap Pemda')!;
    const names: unknown[] = [];
    pemda.getColumn(2).eachCell((c) => names.push(c.value));
    expect(names).toContain('Dinas <Sosial> & "Arsip"');
    const unitSheet = wb.getWorksheet('Rekap Unit')!;
    let link: ExcelJS.Cell | undefined;
    unitSheet.eachRow((row) =>
      row.eachCell((c) => {
        if (
          typeof c.value === 'object' &&
          c.value !== null &&
          'formula' in c.value &&
          String(c.value.formula).startsWith('HYPERLINK')
        )
          link ??= c;
      }),
    );
    expect((link?.value as ExcelJS.CellFormulaValue).formula).toBe('HYPERLINK("batang.xlsx","batang.xlsx")');
    const header = unitSheet.getCell('A5');
    expect(header.value).toBe('NO');
    expect(header.font?.bold).toBe(true);
    expect(unitSheet.views[0]).toMatchObject({ state: 'frozen' });
  });

  (VALIDATOR !== undefined || inCI ? it : it.skip)(
    'is valid Open XML (the SDK validator finds no error)',
    () => {
      if (VALIDATOR === undefined) throw new Error('CI=true tetapi validator OOXML tidak terpasang.');
      expect(schemaErrors(bytes).map(errorKey)).toEqual([]);
    },
  );
});
