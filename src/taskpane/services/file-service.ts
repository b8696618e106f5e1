import type ExcelJS from 'exceljs';
import { periksaWorkbook, susunWorkbook } from '../../core/engine';
import { planTemplateSheets } from '../../core/plan/plan-template';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { TableId } from '../../core/plan/sheet-plan';
import { resultFileName, paneText } from '../../core/messages/pane';
import { SUSUN_CLI } from '../../core/messages/susun';
import { loadXlsx, snapshotFromWorkbook } from '../../xlsx/read-workbook';
import { saveXlsx, writeInputSheets, writePlans } from '../../xlsx/write-plans';
import {
  toPeriksaView,
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
 * The pane's service over an .xlsx file opened in a plain browser (no Office host): the same engine,
 * through the .xlsx adapter. The file never leaves the page; the result is offered as a download.
 * Settings last as long as the page.
 */
export class FileService implements WorkbookService {
  readonly mode = 'file';
  private workbook?: ExcelJS.Workbook;
  private fileName = '';
  private settings: Settings = { ...DEFAULT_SETTINGS };
  private download?: Download;

  /** Name of the open file, or undefined before one is opened. */
  get openFile(): string | undefined {
    return this.workbook ? this.fileName : undefined;
  }

  /** Opens an .xlsx file; rejects with the reader's Indonesian message when it is not a workbook. */
  async open(file: File): Promise<string> {
    const loaded = await loadXlsx(await file.arrayBuffer(), file.name);
    this.workbook = loaded.workbook;
    this.fileName = file.name;
    this.forgetDownload();
    return file.name;
  }

  async periksa(settings: Settings): Promise<PeriksaView> {
    return toPeriksaView(periksaWorkbook(this.snapshot(), settings));
  }

  async susun(settings: Settings, tables: TableId[] | undefined, onProgress: OnProgress): Promise<SusunView> {
    onProgress(0);
    const result = periksaWorkbook(this.snapshot(), settings);
    const plans = susunWorkbook(result, settings, tables);
    onProgress(0.5);
    const report = writePlans(this.opened(), plans.plans);
    await this.prepareDownload();
    onProgress(1);
    return {
      written: report.sheets.map((s) => ({
        table: s.table,
        sheet: s.sheet,
        wanted: s.wantedName ?? s.sheet,
        rows: plans.plans.find((p) => p.table === s.table)?.cells.length,
      })),
      skipped: plans.skipped,
      notes: [
        ...plans.plans.flatMap((p) => p.notes),
        ...report.sheets.flatMap((s) =>
          s.omittedCharts ? [SUSUN_CLI.grafikTidakDitulis(s.sheet, s.omittedCharts)] : [],
        ),
      ],
    };
  }

  async createTemplate(): Promise<{ written: string[]; skipped: string[] }> {
    const report = writeInputSheets(this.opened(), planTemplateSheets());
    await this.prepareDownload();
    return report;
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

  private opened(): ExcelJS.Workbook {
    if (!this.workbook) throw new Error(paneText.fileNone);
    return this.workbook;
  }

  private snapshot() {
    return snapshotFromWorkbook(this.opened(), this.fileName);
  }

  private async prepareDownload(): Promise<void> {
    const bytes = await saveXlsx(this.opened());
    this.forgetDownload();
    const blob = new Blob([new Uint8Array(bytes)], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    this.download = { url: URL.createObjectURL(blob), fileName: resultFileName(this.fileName) };
  }

  private forgetDownload(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = undefined;
  }
}
