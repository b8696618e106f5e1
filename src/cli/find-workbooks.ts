import { promises as fs } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { PESAN_CLI as msg } from '../core/messages/cli';
import { ALASAN_DILEWATI, REKAP_CLI } from '../core/messages/rekap';
import type { SkippedFile, UnreadableFile } from '../core/rekap/rekap';

/** What the files and folders named on the command line hold. */
export interface FoundWorkbooks {
  /** Files to check, in the order named; a folder's in name order, sub-folders in place. */
  files: string[];
  /** Files in folders that are not workbooks, with the reason. */
  skipped: SkippedFile[];
  /** Folders that could not be listed, with the reason. */
  unreadable: UnreadableFile[];
}

const WORKBOOK = new Set(['.xlsx', '.xlsm']);

/** Names in the order people read them: `kec-2` before `kec-10`, case aside. */
const byName = new Intl.Collator('id', { numeric: true, sensitivity: 'base' }).compare;

/**
 * The workbooks named by `paths`: a file is taken as named (checking it says what is wrong with it, as
 * for one file); a folder is searched with its sub-folders for .xlsx and .xlsm files, every other file
 * listed as skipped — Excel's lock files (`~$…`) too, which carry the workbook's extension. Hidden files
 * and folders (`.git`, `._x.xlsx` from a Mac) are not searched, and links to folders not followed. A
 * file named twice is checked once; `exclude` (the rekap being written) never.
 * Example: `await findWorkbooks(['laporan/'])` → `{ files: ['laporan/dinas-pu.xlsx', …], skipped: […] }`.
 */
export async function findWorkbooks(paths: readonly string[], exclude?: string): Promise<FoundWorkbooks> {
  const found: FoundWorkbooks = { files: [], skipped: [], unreadable: [] };
  const seen = new Set<string>(exclude === undefined ? [] : [resolve(exclude)]);
  const take = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    found.files.push(file);
  };
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (e) {
      found.unreadable.push({ file: folder, error: folderError(folder, e) });
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (entry.isSymbolicLink() && (await isFolder(path))) {
        found.skipped.push({ file: path, reason: ALASAN_DILEWATI.tautanFolder });
        continue;
      }
      const ext = extname(entry.name).toLowerCase();
      if (resolve(path) === (exclude && resolve(exclude))) {
        found.skipped.push({ file: path, reason: ALASAN_DILEWATI.keluaranRekap });
      } else if (entry.name.startsWith('~$')) {
        found.skipped.push({ file: path, reason: ALASAN_DILEWATI.berkasKunci });
      } else if (WORKBOOK.has(ext)) {
        take(path);
      } else {
        found.skipped.push({ file: path, reason: msg.jenisBerkas[ext] ?? ALASAN_DILEWATI.bukanBukuKerja });
      }
    }
  };
  for (const path of paths) {
    if (await isFolder(path)) await walk(path);
    else take(path);
  }
  return found;
}

/** Whether `path` is a folder (following links); false for anything else, also for nothing there. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    // A path that is not there is checked as a file, which says it is missing.
    return false;
  }
}

function folderError(folder: string, e: unknown): string {
  const code = (e as { code?: string }).code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? REKAP_CLI.izinDitolak
      : e instanceof Error
        ? e.message
        : String(e);
  return REKAP_CLI.folderTidakTerbaca(folder, why);
}
