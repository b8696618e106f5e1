import { crc32 as nodeCrc32 } from 'node:zlib';
import JSZip from 'jszip';
import fc from 'fast-check';
import { crc32, deflatedPart, zipFile } from '../../src/xlsx/zip-write';
import { copiedPart } from '../../src/xlsx/zip-write';
import { zipDirectory } from '../../src/xlsx/zip-directory';

describe('crc32', () => {
  it('agrees with zlib on any bytes, whole or in pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(2000), (data, cut) => {
        const at = Math.min(cut, data.length);
        expect(crc32(data)).toBe(nodeCrc32(data));
        expect(crc32(data.subarray(at), crc32(data.subarray(0, at)))).toBe(nodeCrc32(data));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});

describe('zipFile', () => {
  it('writes new and copied parts that another zip reader unpacks, names in UTF-8 included', async () => {
    const text = 'Belanja Pegawai 1.234.567 '.repeat(5000);
    const pieces = text.match(/.{1,777}/gs) ?? [];
    const fresh = await deflatedPart('xl/worksheets/lembar-ß.xml', pieces, 0x5b7a0000);
    expect(fresh.uncompressed).toBe(text.length + 0);
    const source = new JSZip();
    source.file('stored.txt', 'apa adanya', { compression: 'STORE' });
    source.file('docProps/core.xml', '<x>inti</x>', { compression: 'DEFLATE' });
    const sourceBytes = await source.generateAsync({ type: 'uint8array' });
    const copies = (zipDirectory(sourceBytes) ?? []).map((e) => copiedPart(sourceBytes, e));
    const bytes = zipFile([fresh, ...copies.map((c) => c!)]);
    expect(bytes).toBeDefined();
    const zip = await JSZip.loadAsync(bytes!, { checkCRC32: true });
    expect(await zip.file('xl/worksheets/lembar-ß.xml')?.async('string')).toBe(text);
    expect(await zip.file('stored.txt')?.async('string')).toBe('apa adanya');
    expect(await zip.file('docProps/core.xml')?.async('string')).toBe('<x>inti</x>');
    expect(zipDirectory(bytes!)?.map((e) => e.modified)[0]).toBe(0x5b7a0000);
  });

  it('declines what would need ZIP64', () => {
    const part = { name: 'a', method: 0, crc: 0, uncompressed: 0, data: [], modified: 0 };
    expect(zipFile(Array.from({ length: 0xffff }, () => part))).toBeUndefined();
    expect(zipFile([{ ...part, uncompressed: 0xffffffff }])).toBeUndefined();
  });
});
