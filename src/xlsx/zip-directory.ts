/**
 * The zip container of an .xlsx file, read directly: the central directory (a small binary table at
 * the end of the file) and each part's bytes. Shared by the file classifier, the zip-bomb guard and the
 * fast snapshot reader, so the format is parsed in one place.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is a method no .xlsx writer uses. */
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
  /** CRC-32 of the unpacked bytes, as the directory states it. */
  crc: number;
  /** MS-DOS time (low 16 bits) and date (high 16 bits) the part was last changed. */
  modified: number;
}

export const STORED = 0;
export const DEFLATED = 8;
/** A 32-bit size field of 0xFFFFFFFF means the real size is in a ZIP64 record: at least 4 GB. */
export const ZIP64_MARK = 0xffffffff;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** The central directory's entries, or undefined when it cannot be found or runs past the file. */
export function zipDirectory(b: Uint8Array): ZipEntry[] | undefined {
  // The end-of-directory record is the last 22 bytes plus a comment of at most 65 535 bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  let end = -1;
  for (let i = b.length - 22; i >= stop; i--) {
    if (u32(b, i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = u16(b, at + 28);
    if (at + 46 + nameLength > b.length) return undefined;
    entries.push({
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      modified: u32(b, at + 12),
      crc: u32(b, at + 16),
      compressed: u32(b, at + 20),
      uncompressed: u32(b, at + 24),
      localOffset: u32(b, at + 42),
    });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

/** A part's compressed bytes, located through its local header; undefined when the header is not there. */
export function compressedData(b: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  return start + e.compressed <= b.length ? b.subarray(start, start + e.compressed) : undefined;
}

/** A reader over a raw-deflate stream, or undefined when the host has no DecompressionStream. */
export type Inflater = (data: Uint8Array) => ReadableStreamDefaultReader<Uint8Array>;

export function hostInflater(): Inflater | undefined {
  const DS = (globalThis as { DecompressionStream?: new (format: string) => GenericTransformStream })
    .DecompressionStream;
  if (DS === undefined) return undefined;
  return (data) => {
    const stream = new DS('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>;
    const writer = stream.writable.getWriter();
    // Write errors surface on the reader as well; these promises only need a handler.
    writer.write(data).catch(() => undefined);
    writer.close().catch(() => undefined);
    return stream.readable.getReader();
  };
}

/**
 * A part's bytes, unpacked; undefined when it cannot be located, uses another method, inflates past
 * its declared size or is damaged. Stops reading at the declared size, so a lying part costs no more.
 */
export async function unpackEntry(
  b: Uint8Array,
  e: ZipEntry,
  inflater: Inflater,
): Promise<Uint8Array | undefined> {
  const data = compressedData(b, e);
  if (data === undefined || e.uncompressed === ZIP64_MARK) return undefined;
  if (e.method === STORED) return data.length === e.uncompressed ? data : undefined;
  if (e.method !== DEFLATED) return undefined;
  const out = new Uint8Array(e.uncompressed);
  let size = 0;
  const read = inflater(data);
  try {
    for (;;) {
      const { done, value } = await read.read();
      if (done) break;
      if (size + value.byteLength > out.length) {
        await read.cancel().catch(() => undefined);
        return undefined;
      }
      out.set(value, size);
      size += value.byteLength;
    }
  } catch {
    return undefined;
  }
  return size === out.length ? out : undefined;
}
