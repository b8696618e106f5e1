import { XlsxReadError } from './read-error';
import { u32, zipDirectory } from './zip-directory';

const ZIP_LOCAL_HEADER = 0x04034b50;
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Throws an `XlsxReadError` unless the bytes look like a zip holding `xl/workbook.xml`: empty, an
 * encrypted or legacy .xls (a compound file), not a zip, a damaged zip, a Word document, another
 * Office Open XML package.
 */
export function classifyPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxReadError('kosong');
  if (CFB_SIGNATURE.every((b, i) => bytes[i] === b)) throw new XlsxReadError('terenkripsi');
  if (bytes.length < 4 || u32(bytes, 0) !== ZIP_LOCAL_HEADER) throw new XlsxReadError('bukan-zip');
  const entries = zipDirectory(bytes);
  if (entries === undefined) throw new XlsxReadError('zip-rusak');
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('word/document.xml')) throw new XlsxReadError('dokumen-word');
  throw new XlsxReadError('bukan-xlsx');
}
