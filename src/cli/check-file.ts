import { periksaWorkbook } from '../core/engine';
import { ALASAN_DILEWATI, REKAP_CLI } from '../core/messages/rekap';
import { isRekapWorkbook } from '../core/rekap/rekap';
import { summariseUnit, type UnitSummary } from '../core/rekap/unit-summary';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readSnapshot } from '../xlsx/read-snapshot';
import type { CliIO } from './io';
import { CliUsageError, readWorkbookFile } from './command';
import { toContractJson, type ContractJson } from './report';

/**
 * What checking one file of many gave: the unit's summary (and the §9 object when JSON is asked for),
 * or why the file could not be read (`internal` when the fault is the program's, not the file's), or
 * why it was left alone (a rekap workbook SAKIP wrote, found among the units' files).
 */
export type FileOutcome =
  | { file: string; unit: UnitSummary; json?: ContractJson }
  | { file: string; error: string; internal?: boolean }
  | { file: string; skipped: string };

/**
 * Reads, recognises and checks one workbook and reduces it to a FileOutcome; never rejects. What the
 * worker threads of `sakip periksa` over many files run, one file at a time.
 * Example: `await checkFile('rusak.xlsx', processIO, DEFAULT_SETTINGS, false)` → `{ file, error: '…' }`.
 */
export async function checkFile(
  file: string,
  io: CliIO,
  settings: Settings,
  withJson: boolean,
): Promise<FileOutcome> {
  try {
    let snapshot: WorkbookSnapshot | undefined = await readWorkbookFile(file, io, readSnapshot);
    if (isRekapWorkbook(snapshot)) return { file, skipped: ALASAN_DILEWATI.rekapSakip };
    const result = periksaWorkbook(snapshot, settings);
    // The snapshot of a large workbook is most of its memory; only the model and findings go on.
    snapshot = undefined;
    const unit = summariseUnit(file, result, settings);
    return withJson ? { file, unit, json: toContractJson(file, result) } : { file, unit };
  } catch (e) {
    if (e instanceof CliUsageError) return { file, error: e.message };
    return {
      file,
      error: REKAP_CLI.galatInternal(e instanceof Error ? e.message : String(e)),
      internal: true,
    };
  }
}
