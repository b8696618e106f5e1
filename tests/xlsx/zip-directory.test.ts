import JSZip from 'jszip';
import { hostInflater, unpackEntry, zipDirectory, type ZipEntry } from '../../src/xlsx/zip-directory';

const TEXT = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota '.repeat(50);

async function zipOf(compression: 'STORE' | 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/worksheets/sheet1.xml', TEXT);
  return zip.generateAsync({ type: 'uint8array', compression });
}

function sheetEntry(bytes: Uint8Array): ZipEntry {
  const entry = zipDirectory(bytes)?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
  if (entry === undefined) throw new Error('no sheet part in the directory');
  return entry;
}

function unpack(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | undefined> {
  const inflater = hostInflater();
  if (inflater === undefined) throw new Error('this Node has no DecompressionStream');
  return unpackEntry(bytes, entry, inflater);
}

describe('zip directory and parts', () => {
  it.each(['STORE', 'DEFLATE'] as const)('unpacks a %s part to its bytes', async (compression) => {
    const bytes = await zipOf(compression);
    const entry = sheetEntry(bytes);
    expect(entry.uncompressed).toBe(TEXT.length);
    expect(new TextDecoder().decode(await unpack(bytes, entry))).toBe(TEXT);
  });

  it('refuses a part that inflates past the size it declares, or short of it', async () => {
    const bytes = await zipOf('DEFLATE');
    const entry = sheetEntry(bytes);
    expect(await unpack(bytes, { ...entry, uncompressed: 100 })).toBeUndefined();
    expect(await unpack(bytes, { ...entry, uncompressed: TEXT.length + 1 })).toBeUndefined();
  });

  it('refuses a part whose local header is not where the directory says', async () => {
    const bytes = await zipOf('DEFLATE');
    const entry = sheetEntry(bytes);
    expect(await unpack(bytes, { ...entry, localOffset: entry.localOffset + 1 })).toBeUndefined();
  });

  it('finds no directory in a truncated file', async () => {
    const bytes = await zipOf('DEFLATE');
    expect(zipDirectory(bytes.subarray(0, bytes.length - 30))).toBeUndefined();
  });
});
