import type { SheetPlan } from '../core/plan/sheet-plan';
import { REKAP_BERKAS } from '../core/messages/rekap';
import { writePlansToPackage } from './write-package';
import { crc32, type ZipPart, zipFile } from './zip-write';
import { STORED } from './zip-directory';

/**
 * A new .xlsx file holding only the given sheet plans (the rekap workbook of many units), written by
 * the package writer into an empty workbook, so its sheets look exactly like the sheets `susun` adds
 * to a unit's workbook. Rejects where the host cannot deflate (no CompressionStream).
 * Example: `await newWorkbook(planRekap(rekap, { settings }))` → the bytes of a three-sheet workbook.
 */
export async function newWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const written = await writePlansToPackage(emptyWorkbook(), plans);
  if (written === undefined) throw new Error(REKAP_BERKAS.tanpaKompresi);
  return written.bytes;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The smallest package the package writer edits: a workbook part with no sheet yet, its relationships
 * and a styles part with the one default cell style (Calibri 11, Excel's default) that every added
 * style builds on. Stored, not deflated: a few hundred bytes that the writer copies through.
 */
const EMPTY_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '</Types>',
  '_rels/.rels':
    `<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>',
  'xl/workbook.xml':
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
  'xl/_rels/workbook.xml.rels':
    `<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    '</Relationships>',
  'xl/styles.xml':
    `<styleSheet xmlns="${MAIN}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>',
};

/** The empty workbook's bytes. Its parts carry 1 January 1980, the zip format's first date. */
function emptyWorkbook(): Uint8Array {
  const encoder = new TextEncoder();
  // MS-DOS date in the high half (years since 1980, month, day), time 00:00 in the low half.
  const modified = ((0 << 9) | (1 << 5) | 1) << 16;
  const parts: ZipPart[] = Object.entries(EMPTY_PARTS).map(([name, xml]) => {
    const data = encoder.encode(DECLARATION + xml);
    return { name, method: STORED, crc: crc32(data), uncompressed: data.length, data: [data], modified };
  });
  return zipFile(parts) as Uint8Array;
}
