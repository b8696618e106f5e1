import type { WorkbookSnapshot } from '../../core/snapshot';
import { periksaWorkbook, susunWorkbook } from '../../core/engine';
import { planTemplateSheets } from '../../core/plan/plan-template';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { TableId } from '../../core/plan/sheet-plan';
import { PANEL } from '../../core/messages/pane';
import { readSnapshot } from '../../xlsx/read-snapshot';
import {
  writeInputSheetsToPackage,
  writePlansToPackage,
  type WrittenWorkbook,
} from '../../xlsx/write-package';
import { laporanDownload } from './laporan-docx';
import { MACRO_ENABLED_TYPE, WORKBOOK_TYPE } from './media-types';
import { rekapFiles, type RekapView } from './rekap-files';
import {
  toPeriksaView,
  type LaporanView,
  type OnProgress,
  type PeriksaView,
  type SusunView,
  type WorkbookService,
} from './workbook-service';

/** The generated workbook, ready to download. */
export interface Download {
  url: string;
  fileName: string;
}

/**
 * The pane's service over an .xlsx or .xlsm file opened in a plain browser (no Office host): the same
 * engine, through the .xlsx adapter. The file never leaves the page; the result is offered as a
 * download. What is held is the file's bytes, as `sakip susun` works on them: generated sheets (with
 * their charts) and the template's input sheets are written into its package with the user's parts,
 * macros included, copied through (write-package.ts). Settings last as long as the page.
 */
export class FileService implements WorkbookService {
  readonly mode = 'file';
  private bytes?: Uint8Array;
  private current?: WorkbookSnapshot;
  private fileName = '';
  private settings: Settings = { ...DEFAULT_SETTINGS };
  private download?: Download;
  private rekapUrl?: string;

  /** Name of the open file, or undefined before one is opened. */
  get openFile(): string | undefined {
    return this.bytes ? this.fileName : undefined;
  }

  /** Opens an .xlsx file; rejects with the reader's Indonesian message when it is not a workbook. */
  async open(file: File): Promise<string> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.current = await readSnapshot(bytes, file.name);
    this.bytes = bytes;
    this.fileName = file.name;
    this.forgetDownload();
    return file.name;
  }

  /**
   * The rekap of several files opened at once (rekap-files.ts): their units checked one by one and the
   * rekap workbook offered for download. The open file, if any, stays open; the previous rekap's
   * download is let go.
   */
  async rekap(
    files: readonly File[],
    settings: Settings,
    onProgress: (done: number, total: number) => void,
  ): Promise<RekapView> {
    const view = await rekapFiles(files, settings, onProgress);
    if (this.rekapUrl) URL.revokeObjectURL(this.rekapUrl);
    this.rekapUrl = view.download.url;
    return view;
  }

  async periksa(settings: Settings): Promise<PeriksaView> {
    return toPeriksaView(periksaWorkbook(await this.snapshot(), settings));
  }

  async susun(settings: Settings, tables: TableId[] | undefined, onProgress: OnProgress): Promise<SusunView> {
    onProgress(0);
    const result = periksaWorkbook(await this.snapshot(), settings);
    const plans = susunWorkbook(result, settings, tables);
    onProgress(0.5);
    const written = await writePlansToPackage(this.opened(), plans.plans);
    this.replaceBytes(written);
    const report = written.report;
    onProgress(1);
    return {
      written: report.sheets.map((s) => ({
        table: s.table,
        sheet: s.sheet,
        wanted: s.wantedName ?? s.sheet,
        rows: plans.plans.find((p) => p.table === s.table)?.cells.length,
      })),
      skipped: plans.skipped,
      notes: plans.plans.flatMap((p) => p.notes),
    };
  }

  async laporan(settings: Settings): Promise<LaporanView> {
    return laporanDownload(await this.snapshot(), settings, this.fileName);
  }

  async createTemplate(): Promise<{ written: string[]; skipped: string[] }> {
    const written = await writeInputSheetsToPackage(this.opened(), planTemplateSheets());
    this.replaceBytes(written);
    return written.report;
  }

  /** The last result as a download link, once something was written. */
  get result(): Download | undefined {
    return this.download;
  }

  async loadSettings(): Promise<Settings> {
    return { ...this.settings };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = { ...settings };
  }

  private opened(): Uint8Array {
    if (!this.bytes) throw new Error(PANEL.fileNone);
    return this.bytes;
  }

  /** The open workbook's snapshot, read again after each write. */
  private async snapshot(): Promise<WorkbookSnapshot> {
    this.current ??= await readSnapshot(this.opened(), this.fileName);
    return this.current;
  }

  /** The written workbook becomes the open one (a second Susun replaces its sheets) and the download. */
  private replaceBytes({ bytes, macroEnabled }: WrittenWorkbook<unknown>): void {
    this.bytes = bytes;
    this.current = undefined;
    this.forgetDownload();
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: macroEnabled ? MACRO_ENABLED_TYPE : WORKBOOK_TYPE,
    });
    this.download = {
      url: URL.createObjectURL(blob),
      fileName: PANEL.resultFileName(this.fileName, macroEnabled),
    };
  }

  private forgetDownload(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = undefined;
  }
}
