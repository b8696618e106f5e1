/**
 * Hostile and broken inputs for the reliability suite, built by code: small budget sheets with one
 * defect each, hand-crafted zip archives (bombs, lying headers, truncation), and a capturing CLI IO.
 */
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CliIO } from '../../src/cli/io';
import type { CellValue, SheetSnapshot, SnapshotCell } from '../../src/core/snapshot';

/** The header of the small LKjIP budget table the cell-level tests start from. */
export const HEADER = ['No', 'Uraian', 'Pagu Anggaran', 'Realisasi', 'Capaian (%)'];

/**
 * A small clean budget table (worked by hand): program I = 300 000 / 250 000 from kegiatan 1
 * (200 000 / 170 000 = 120 000 + 80 000 / 100 000 + 70 000) and kegiatan 2 (100 000 / 80 000).
 * Leaves carry figures; parents carry the right sums, so a clean workbook gives no galat.
 */
export function cleanBudgetRows(): Array<Array<CellValue | SnapshotCell | undefined>> {
  return [
    HEADER,
    ['I', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 300000, 250000, pct(0.8333)],
    [1, 'Administrasi Keuangan Perangkat Daerah', 200000, 170000, pct(0.85)],
    ['1)', 'Penyediaan Gaji dan Tunjangan ASN', 120000, 100000, pct(0.8333)],
    ['2)', 'Penyediaan Administrasi Pelaksanaan Tugas ASN', 80000, 70000, pct(0.875)],
    [2, 'Administrasi Umum Perangkat Daerah', 100000, 80000, pct(0.8)],
    ['JUMLAH', undefined, 300000, 250000, pct(0.8333)],
  ];
}

/** A native fraction shown as a percentage with two decimals. */
export function pct(fraction: number): SnapshotCell {
  return { value: fraction, numberFormat: '0.00%' };
}

/** Writes snapshot-style rows into an ExcelJS sheet from A1 (values, number formats, formulas). */
export function putRows(
  ws: ExcelJS.Worksheet,
  rows: Array<Array<CellValue | SnapshotCell | undefined>>,
  top = 1,
  left = 1,
): void {
  rows.forEach((line, i) => {
    line.forEach((v, j) => {
      if (v === undefined || v === null || v === '') return;
      const cell = ws.getCell(top + i, left + j);
      const snap: SnapshotCell = typeof v === 'object' && 'value' in v ? v : { value: v as CellValue };
      const value = snap.value;
      const plain =
        typeof value === 'object' && value !== null
          ? ({ error: value.error } as ExcelJS.CellErrorValue)
          : value;
      cell.value =
        snap.formula !== undefined
          ? ({ formula: snap.formula, result: plain ?? undefined } as ExcelJS.CellFormulaValue)
          : plain;
      if (snap.numberFormat) cell.numFmt = snap.numberFormat;
    });
  });
}

/** An .xlsx file of the given sheets (name → rows), as bytes. */
export async function xlsxOf(
  sheets: Record<string, Array<Array<CellValue | SnapshotCell | undefined>>>,
  edit?: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) putRows(wb.addWorksheet(name), rows);
  if (edit) await edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A CLI IO over an in-memory file system, capturing both streams; `writes` counts writes per path. */
export interface MemoryIO extends CliIO {
  out: string;
  err: string;
  files: Map<string, Uint8Array>;
  writes: string[];
}

export function memoryIO(files: Record<string, Uint8Array> = {}): MemoryIO {
  const io: MemoryIO = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    writes: [],
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readFile: async (path) => {
      const data = io.files.get(path);
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (path, data) => {
      io.writes.push(path);
      io.files.set(path, data);
    },
  };
  return io;
}

/** One part of a hand-made zip: raw (already compressed) data and the sizes to declare. */
export interface CraftedPart {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** The uncompressed size written into the headers (may lie). */
  declaredSize: number;
}

/**
 * A zip archive written byte by byte, so sizes can lie and parts can be bigger than memory would
 * allow to build; CRCs are 0 (the guard refuses before anything would check them).
 */
export function craftZip(parts: CraftedPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(p.data));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(p.method, 10);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.declaredSize >>> 0, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** The parts of a real .xlsx, each deflated again, ready for craftZip. */
export async function partsOf(xlsx: Uint8Array): Promise<CraftedPart[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts: CraftedPart[] = [];
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    const raw = await entry.async('nodebuffer');
    parts.push({ name, data: deflateRawSync(raw), method: 8, declaredSize: raw.length });
  }
  return parts;
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros, built from one compressed megabyte
 * repeated (non-final blocks flushed to a byte boundary) and an empty final block: a few kilobytes
 * per hundred megabytes, and never the zeros themselves in memory.
 */
export function zerosDeflated(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(2 ** 20), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const finalEmpty = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => block), finalEmpty]));
}

/** A snapshot sheet from rows, like sheetFromValues, with the given merges and hidden rows/columns. */
export function sheetOf(
  name: string,
  values: Array<Array<CellValue | SnapshotCell | undefined>>,
  extra: Partial<Pick<SheetSnapshot, 'merges' | 'hiddenRows' | 'hiddenColumns'>> = {},
  origin = { top: 0, left: 0 },
): SheetSnapshot {
  const rows: SheetSnapshot['rows'] = [];
  values.forEach((line, i) => {
    const row: Array<SnapshotCell | undefined> = [];
    let any = false;
    line.forEach((v, j) => {
      if (v === undefined || v === null || v === '') return;
      row[origin.left + j] = typeof v === 'object' && 'value' in v ? { ...v } : { value: v as CellValue };
      any = true;
    });
    if (any) rows[origin.top + i] = row;
  });
  return {
    name,
    rows,
    merges: extra.merges ?? [],
    hiddenRows: extra.hiddenRows ?? new Set(),
    hiddenColumns: extra.hiddenColumns ?? new Set(),
  };
}
