/**
 * A guard run on an .xlsx file's bytes before ExcelJS unpacks them. ExcelJS (through JSZip) inflates
 * every part into memory at once, so a "zip bomb" — a few kilobytes that inflate to gigabytes — would
 * exhaust memory or hang the pane. The guard reads the zip's central directory itself (a small binary
 * format), refuses declared sizes beyond the limits, and then inflates each part as a stream, counting
 * bytes and stopping at the declared size, so a part that lies about its size is caught too.
 */
import { KEANDALAN } from '../core/messages/keandalan';
import { compressedData, DEFLATED, hostInflater, STORED, ZIP64_MARK, zipDirectory } from './zip-directory';

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

/**
 * Checks the sizes a zip declares against the limits, without unpacking anything. Returns the refusal,
 * or undefined when the declared sizes are acceptable (or there is no readable directory: the reader
 * reports a damaged zip itself). Example: a 20 KB file declaring a 2 GB sheet → `{ reason: 'terlalu-besar', … }`.
 */
export function checkDeclaredSizes(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): ZipRefusal | undefined {
  const entries = zipDirectory(bytes);
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
  const entries = zipDirectory(bytes);
  const inflater = hostInflater();
  if (entries === undefined || inflater === undefined) return undefined;
  for (const e of entries) {
    if (e.compressed === 0 && e.uncompressed === 0) continue;
    const data = compressedData(bytes, e);
    if (data === undefined) return { reason: 'rusak', entry: e.name, message: KEANDALAN.bagianRusak(e.name) };
    if (e.method === STORED) {
      if (e.compressed !== e.uncompressed)
        return { reason: 'ukuran-palsu', entry: e.name, message: KEANDALAN.ukuranPalsu(e.name) };
      continue;
    }
    if (e.method !== DEFLATED) continue;
    const size = await inflatedSize(inflater(data), e.uncompressed);
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
