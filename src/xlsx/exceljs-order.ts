import { hostInflater, unpackEntry, zipDirectory } from './zip-directory';
import { copiedPart, deflatedPart, hostDeflates, type ZipPart, zipFile } from './zip-write';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const STYLES = 'xl/styles.xml';

/** `<sheetPr>`'s head holding `<pageSetUpPr …/>` before `<outlinePr …/>`, as ExcelJS writes them. */
const MISORDERED_SHEET_PR =
  /(<sheetPr(?:\s[^>]*)?>(?:<tabColor[^>]*\/>)?)(<pageSetUpPr[^>]*\/>)(<outlinePr[^>]*\/>)/;

/** CT_Font's children in the order of the schema as the Open XML SDK reads it. */
const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

/**
 * Puts the elements ExcelJS writes out of the schema's order back in order, in a package it saved:
 * - a worksheet's `<pageSetUpPr>` before its `<outlinePr>`, written when a sheet both fits to the page
 *   width and sets its outline's summary rows: Excel reports unreadable content and repairs the sheet
 *   (exceljs/exceljs#1348);
 * - a font's `<sz>` after its `<color>`, `<family>` and `<scheme>`: Excel opens that, but the Open XML
 *   SDK (and validating readers built on it) reject it.
 * Only the parts that need it are rewritten; every other part is copied as stored. A package this
 * cannot edit (no native inflate or deflate, a damaged or ZIP64 container) is returned as it was.
 */
export async function putExcelJSOrderRight(bytes: Uint8Array): Promise<Uint8Array> {
  const entries = zipDirectory(bytes);
  const inflater = hostInflater();
  if (entries === undefined || inflater === undefined || !hostDeflates()) return bytes;
  const decoder = new TextDecoder();
  const parts: ZipPart[] = [];
  let changed = false;
  for (const entry of entries) {
    let part: ZipPart | undefined;
    const worksheet = WORKSHEET.test(entry.name);
    if (worksheet || entry.name === STYLES) {
      const data = await unpackEntry(bytes, entry, inflater);
      if (data === undefined) return bytes;
      // A worksheet's properties sit at its head; only that much of a large sheet is searched.
      const needed = worksheet ? MISORDERED_SHEET_PR.test(decoder.decode(data.subarray(0, 2048))) : true;
      if (needed) {
        const text = decoder.decode(data);
        const ordered = worksheet ? text.replace(MISORDERED_SHEET_PR, '$1$3$2') : orderFonts(text);
        if (ordered !== text) {
          part = await deflatedPart(entry.name, [ordered], entry.modified);
          changed = true;
        }
      }
    }
    part ??= copiedPart(bytes, entry);
    if (part === undefined) return bytes;
    parts.push(part);
  }
  return changed ? (zipFile(parts) ?? bytes) : bytes;
}

/** Every `<font>` of a style sheet with its (empty) children in schema order. */
function orderFonts(styles: string): string {
  return styles.replace(/<font>((?:<[A-Za-z]+(?:\s[^>]*)?\/>)+)<\/font>/g, (whole, inner: string) => {
    const children = inner.match(/<[A-Za-z]+(?:\s[^>]*)?\/>/g) ?? [];
    const rank = (child: string) => FONT_ORDER.indexOf(/^<([A-Za-z]+)/.exec(child)?.[1] ?? '');
    // An element the list does not know leaves the font as it is.
    if (children.some((c) => rank(c) < 0)) return whole;
    const sorted = [...children].sort((a, b) => rank(a) - rank(b));
    return `<font>${sorted.join('')}</font>`;
  });
}
