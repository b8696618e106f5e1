import { laporanWorkbook, periksaWorkbook } from '../../core/engine';
import { CHART_SCALE, DOCUMENT_CHART_WIDTH, chartDrawing, paintChart } from '../../core/plan/chart-drawing';
import type { PlanChart } from '../../core/plan/sheet-plan';
import type { Settings } from '../../core/settings';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { PANEL } from '../../core/messages/pane';
import { writeDocx, type ChartPicture } from '../../docx/write-docx';
import type { LaporanView } from './workbook-service';

/** Arial where Windows and Mac have it; the engine's fallbacks elsewhere. */
const FAMILY = 'Arial, Helvetica, sans-serif';

/**
 * A chart as PNG, painted on the browser's own canvas at the size and scale `sakip laporan` draws
 * (chart-png.ts).
 */
async function chartPngInBrowser(chart: PlanChart): Promise<ChartPicture> {
  const drawing = chartDrawing(chart, DOCUMENT_CHART_WIDTH);
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width * CHART_SCALE;
  canvas.height = drawing.height * CHART_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(PANEL.laporanTanpaKanvas);
  paintChart(drawing, ctx, FAMILY, CHART_SCALE);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(PANEL.laporanTanpaKanvas);
  return { png: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
}

/**
 * The Bab III document of a workbook snapshot, as a download: the same engine and writer as
 * `sakip laporan`, the charts painted on the browser's canvas. `source` names the file offered.
 */
export async function laporanDownload(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  source: string,
): Promise<LaporanView> {
  const result = laporanWorkbook(periksaWorkbook(snapshot, settings), settings);
  const bytes = await writeDocx(result.document, chartPngInBrowser);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  return {
    url: URL.createObjectURL(blob),
    fileName: PANEL.laporanFileName(source),
    tables: result.tables.map((t) => t.id),
    charts: result.charts.length,
    placeholders: result.placeholders,
    skipped: result.skipped.filter((s) => s.table !== 'catatan'),
  };
}
