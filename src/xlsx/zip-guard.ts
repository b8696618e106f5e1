/**
 * A guard run on an .xlsx file's bytes before ExcelJS unpacks them. ExcelJS (through JSZip) inflates
 * every part into memory at once, so a "zip bomb" — a few kilobytes that inflate to gigabytes — would
 * exhaust memory or hang the pane. The guard reads the zip's central directory itself (a small binary
 * format), refuses declared sizes beyond the limits, and then inflates each part as a stream, counting
 * bytes and stopping at the declared size, so a part that lies about its size is caught too.
 */
import { KEANDALAN } from '../core/messages/keandalan';

/** Bounds on what a workbook may unpack to. */
export interface ZipLimits {
  /** Sum of the parts' uncompressed sizes, in bytes. */
  totalBytes: number;
  /** Number of parts. */
  entries: number;
  /** Largest compression ratio accepted for a part of at least `ratioFromBytes`. */
  ratio: number;
  ratioFromBytes: number;
}

/**
 * 500 MB unpacked in all (a 50 000-row budget sheet is about 20 MB of XML), 10 000 parts, and no part
 * above 50 MB that compresses more than 200 times (worksheet XML compresses 5–30 times).
 */
export const ZIP_LIMITS: ZipLimits = {
  totalBytes: 500 * 2 ** 20,
  entries: 10_000,
  ratio: 200,
  ratioFromBytes: 50 * 2 ** 20,
};

/** Why the guard refused a file, with the Indonesian message. */
export interface ZipRefusal {
  reason: 'terlalu-besar' | 'rasio' | 'terlalu-banyak' | 'ukuran-palsu' | 'rusak';
  /** The part that broke the limit, when one did. */
  entry?: string;
  message: string;
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A 32-bit size field of 0xFFFFFFFF means the real size is in a ZIP64 record: at least 4 GB. */
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** The central directory's entries, or undefined when it cannot be found or runs past the file. */
function directory(b: Uint8Array): Entry[] | undefined {
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
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = u16(b, at + 28);
    if (at + 46 + nameLength > b.length) return undefined;
    entries.push({
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      uncompressed: u32(b, at + 24),
      localOffset: u32(b, at + 42),
    });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

/**
 * Checks the sizes a zip declares against the limits, without unpacking anything. Returns the refusal,
 * or undefined when the declared sizes are acceptable (or there is no readable directory: the reader
 * reports a damaged zip itself). Example: a 20 KB file declaring a 2 GB sheet → `{ reason: 'terlalu-besar', … }`.
 */
export function checkDeclaredSizes(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): ZipRefusal | undefined {
  const entries = directory(bytes);
  if (entries === undefined) return undefined;
  if (entries.length > limits.entries) {
    return {
      reason: 'terlalu-banyak',
      message: KEANDALAN.terlaluBanyakBagian(entries.length, limits.entries),
    };
  }
  let total = 0;
  for (const e of entries) {
    const size = e.uncompressed === ZIP64_MARK || e.compressed === ZIP64_MARK ? 2 ** 32 : e.uncompressed;
    total += size;
    if (total > limits.totalBytes) {
      return {
        reason: 'terlalu-besar',
        entry: e.name,
        message: KEANDALAN.terlaluBesar(e.name, size, limits.totalBytes),
      };
    }
    const ratio = size / Math.max(1, e.compressed);
    if (size >= limits.ratioFromBytes && ratio > limits.ratio) {
      return {
        reason: 'rasio',
        entry: e.name,
        message: KEANDALAN.rasioMencurigakan(e.name, size, Math.round(ratio)),
      };
    }
  }
  return undefined;
}

/** Where a part's compressed data starts, from its local header; undefined when the header is not there. */
function dataStart(b: Uint8Array, e: Entry): number | undefined {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  return start + e.compressed <= b.length ? start : undefined;
}

/** A reader over a raw-deflate stream, or undefined when the host has no DecompressionStream. */
type Inflater = (data: Uint8Array) => ReadableStreamDefaultReader<Uint8Array>;

function hostInflater(): Inflater | undefined {
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

/** Inflates one part, counting bytes; 'lebih' as soon as it passes `limit`, 'rusak' when it cannot be inflated. */
async function inflatedSize(
  read: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
): Promise<number | 'lebih' | 'rusak'> {
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await read.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await read.cancel().catch(() => undefined);
        return 'lebih';
      }
    }
  } catch {
    return 'rusak';
  }
}

/**
 * Unpacks every part as a stream and stops at its declared size, so memory and time stay bounded by
 * the limits `checkDeclaredSizes` enforced. Returns the refusal for a part that inflates beyond what
 * it declares or cannot be located, or undefined. Hosts without DecompressionStream skip this step.
 */
export async function checkInflatedSizes(bytes: Uint8Array): Promise<ZipRefusal | undefined> {
  const entries = directory(bytes);
  const inflater = hostInflater();
  if (entries === undefined || inflater === undefined) return undefined;
  for (const e of entries) {
    if (e.compressed === 0 && e.uncompressed === 0) continue;
    const start = dataStart(bytes, e);
    if (start === undefined)
      return { reason: 'rusak', entry: e.name, message: KEANDALAN.bagianRusak(e.name) };
    if (e.method === STORED) {
      if (e.compressed !== e.uncompressed)
        return { reason: 'ukuran-palsu', entry: e.name, message: KEANDALAN.ukuranPalsu(e.name) };
      continue;
    }
    if (e.method !== DEFLATED) continue;
    const size = await inflatedSize(inflater(bytes.subarray(start, start + e.compressed)), e.uncompressed);
    if (size === 'lebih')
      return { reason: 'ukuran-palsu', entry: e.name, message: KEANDALAN.ukuranPalsu(e.name) };
    if (size === 'rusak') return { reason: 'rusak', entry: e.name, message: KEANDALAN.bagianRusak(e.name) };
  }
  return undefined;
}

/**
 * The whole guard: declared sizes first (instant), then bounded streaming inflation.
 * Example: `await guardZip(bytes)` → undefined for an ordinary workbook.
 */
export async function guardZip(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ZipRefusal | undefined> {
  return checkDeclaredSizes(bytes, limits) ?? (await checkInflatedSizes(bytes));
}
