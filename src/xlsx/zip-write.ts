import { compressedData, DEFLATED, STORED, type ZipEntry } from './zip-directory';

/**
 * Writing the zip container of an .xlsx file: parts copied from the source file as their compressed
 * bytes (never unpacked), new parts deflated as they are produced, and the central directory. Only what
 * a spreadsheet package needs: no ZIP64 (the caller keeps under 4 GB and 65 535 parts), no encryption.
 */

/** One part of the zip being written: its compressed bytes and what the directory says of them. */
export interface ZipPart {
  name: string;
  method: number;
  crc: number;
  uncompressed: number;
  data: Uint8Array[];
  modified: number;
}

/** Sizes past which a zip needs ZIP64 records, which this writer does not write. */
const MAX_ZIP_SIZE = 0xfffffffe;
const MAX_ZIP_PARTS = 0xfffe;

/** Flag bit 11: the part's name is UTF-8. */
const UTF8_NAME = 0x0800;
const VERSION = 20;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip polynomial) of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** A part of the source file as it is stored there, or undefined when its bytes cannot be located. */
export function copiedPart(source: Uint8Array, entry: ZipEntry): ZipPart | undefined {
  const data = compressedData(source, entry);
  if (data === undefined || (entry.method !== STORED && entry.method !== DEFLATED)) return undefined;
  return {
    name: entry.name,
    method: entry.method,
    crc: entry.crc,
    uncompressed: entry.uncompressed,
    data: [data],
    modified: entry.modified,
  };
}

/**
 * Whether the host can deflate (CompressionStream with `deflate-raw`: browsers since 2023, Node 20.12+;
 * Node 18 has the class but not the format).
 */
export function hostDeflates(): boolean {
  if (typeof CompressionStream !== 'function') return false;
  try {
    // Older hosts have the class but reject the format.
    void new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * A new part from its text, given in pieces so that a sheet of a million rows is never one string:
 * each piece is encoded and deflated as it comes (CompressionStream, in browsers and Node alike).
 */
export async function deflatedPart(
  name: string,
  pieces: Iterable<string>,
  modified: number,
): Promise<ZipPart> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const data: Uint8Array[] = [];
  // The compressed side is read while the text is written, so neither side waits for the other.
  const drained = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      data.push(value);
    }
  })();
  const encoder = new TextEncoder();
  let crc = 0;
  let uncompressed = 0;
  for (const piece of pieces) {
    const bytes = encoder.encode(piece);
    crc = crc32(bytes, crc);
    uncompressed += bytes.length;
    await writer.write(bytes);
  }
  await writer.close();
  await drained;
  return { name, method: DEFLATED, crc, uncompressed, data, modified };
}

function compressedSize(part: ZipPart): number {
  let n = 0;
  for (const d of part.data) n += d.length;
  return n;
}

/**
 * The zip file of `parts`, in their order, or undefined when it would need ZIP64 (4 GB or 65 535 parts).
 */
export function zipFile(parts: readonly ZipPart[]): Uint8Array | undefined {
  if (parts.length > MAX_ZIP_PARTS) return undefined;
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  let size = 22;
  for (let i = 0; i < parts.length; i++) {
    size += 30 + 46 + 2 * names[i].length + compressedSize(parts[i]);
    if (parts[i].uncompressed > MAX_ZIP_SIZE) return undefined;
  }
  if (size > MAX_ZIP_SIZE) return undefined;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (i: number, central: boolean) => {
    const part = parts[i];
    const name = names[i];
    const flags = name.some((b) => b >= 0x80) ? UTF8_NAME : 0;
    view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    at += 4;
    if (central) {
      view.setUint16(at, VERSION, true);
      at += 2;
    }
    view.setUint16(at, VERSION, true);
    view.setUint16(at + 2, flags, true);
    view.setUint16(at + 4, part.method, true);
    view.setUint32(at + 6, part.modified, true);
    view.setUint32(at + 10, part.crc, true);
    view.setUint32(at + 14, compressedSize(part), true);
    view.setUint32(at + 18, part.uncompressed, true);
    view.setUint16(at + 22, name.length, true);
    view.setUint16(at + 24, 0, true);
    at += 26;
    if (central) {
      // Comment length, disk, internal and external attributes: all zero; then the local header's offset.
      at += 10;
      view.setUint32(at, offsets[i], true);
      at += 4;
    }
    out.set(name, at);
    at += name.length;
  };
  for (let i = 0; i < parts.length; i++) {
    offsets.push(at);
    header(i, false);
    for (const d of parts[i].data) {
      out.set(d, at);
      at += d.length;
    }
  }
  const directory = at;
  for (let i = 0; i < parts.length; i++) header(i, true);
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
