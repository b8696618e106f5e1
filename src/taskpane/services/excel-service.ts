import { periksaWorkbook, susunWorkbook } from '../../core/engine';
import { planTemplateSheets } from '../../core/plan/plan-template';
import type { Settings } from '../../core/settings';
import type { TableId } from '../../core/plan/sheet-plan';
import { applyPlans, applyTemplateSheets } from '../../excel/apply-plans';
import { readSnapshot } from '../../excel/read-snapshot';
import { selectRange } from '../../excel/select';
import { loadSettings, saveSettings } from '../../excel/settings';
import { laporanDownload } from './laporan-docx';
import {
  toPeriksaView,
  type LaporanView,
  type OnProgress,
  type PeriksaView,
  type SusunView,
  type WorkbookService,
} from './workbook-service';

/** Share of the progress bar for reading and computing; writing takes the rest. */
const READ_SHARE = 0.2;

/** The pane's service over the open Excel workbook, through the Office.js adapter. */
export class ExcelService implements WorkbookService {
  readonly mode = 'excel';

  periksa(settings: Settings): Promise<PeriksaView> {
    return Excel.run(async (context) =>
      toPeriksaView(periksaWorkbook(await readSnapshot(context), settings)),
    );
  }

  susun(settings: Settings, tables: TableId[] | undefined, onProgress: OnProgress): Promise<SusunView> {
    return Excel.run(async (context) => {
      onProgress(0);
      const result = periksaWorkbook(await readSnapshot(context), settings);
      const plans = susunWorkbook(result, settings, tables);
      onProgress(READ_SHARE);
      const report = await applyPlans(context, plans.plans, {
        onProgress: (p) => onProgress(READ_SHARE + (1 - READ_SHARE) * (p.total === 0 ? 1 : p.done / p.total)),
      });
      return { written: report.written, skipped: plans.skipped, notes: plans.plans.flatMap((p) => p.notes) };
    });
  }

  laporan(settings: Settings): Promise<LaporanView> {
    return Excel.run(async (context) => {
      const snapshot = await readSnapshot(context);
      const name = context.workbook.load('name');
      await context.sync();
      return laporanDownload(snapshot, settings, name.name);
    });
  }

  createTemplate(): Promise<{ written: string[]; skipped: string[] }> {
    return Excel.run((context) => applyTemplateSheets(context, planTemplateSheets()));
  }

  select = (sheet: string, address: string): Promise<void> =>
    Excel.run((context) => selectRange(context, sheet, address));

  async loadSettings(): Promise<Settings> {
    return loadSettings();
  }

  saveSettings(settings: Settings): Promise<void> {
    return saveSettings(settings);
  }
}
