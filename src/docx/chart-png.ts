/**
 * Chart pictures as PNG in Node (the command line), for the Bab III document: the chart's marks
 * (core/plan/chart-drawing.ts) painted with CanvasKit — Skia compiled to WebAssembly (canvaskit-wasm,
 * BSD-3-Clause), which installs from the npm registry as plain files (no native build, no download at
 * install time) — in Arimo (@fontsource/arimo, SIL OFL 1.1), a font with Arial's metrics, so the
 * picture is the same on every machine. The task pane paints the same marks on the browser's canvas.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlanChart } from '../core/plan/sheet-plan';
import {
  CHART_SCALE,
  DOCUMENT_CHART_WIDTH,
  chartDrawing,
  paintChart,
  type ChartCanvas,
} from '../core/plan/chart-drawing';
import type { ChartPicture } from './write-docx';

const FAMILY = 'Arimo';

interface EmulatedCanvas {
  loadFont(bytes: ArrayBuffer | Uint8Array, descriptor: Record<string, string>): void;
  getContext(kind: '2d'): ChartCanvas;
  toDataURL(): string;
  dispose(): void;
}
interface CanvasKitLike {
  MakeCanvas(width: number, height: number): EmulatedCanvas;
}

let kit: Promise<CanvasKitLike> | undefined;
let fonts: Array<{ bytes: Uint8Array; weight: string }> | undefined;

/** CanvasKit, loaded once per process (its WebAssembly sits beside its script in the package). */
function canvasKit(): Promise<CanvasKitLike> {
  if (!kit) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const init = require('canvaskit-wasm') as (opts?: object) => Promise<CanvasKitLike>;
    kit = init();
  }
  return kit;
}

function arimo(): Array<{ bytes: Uint8Array; weight: string }> {
  if (!fonts) {
    const dir = join(dirname(require.resolve('@fontsource/arimo/package.json')), 'files');
    // CanvasKit's canvas matches the weight word of the CSS font string (`bold 12px Arimo`).
    fonts = [
      ['400', 'normal'],
      ['700', 'bold'],
    ].map(([file, weight]) => ({
      bytes: new Uint8Array(readFileSync(join(dir, `arimo-latin-${file}-normal.woff`))),
      weight,
    }));
  }
  return fonts;
}

/**
 * The chart as a PNG at CHART_SCALE × its drawing size.
 * Example: `(await chartPng(ringkasan.charts[0])).width` → 1920.
 */
export async function chartPng(chart: PlanChart): Promise<ChartPicture> {
  const ck = await canvasKit();
  const drawing = chartDrawing(chart, DOCUMENT_CHART_WIDTH);
  const width = drawing.width * CHART_SCALE;
  const height = drawing.height * CHART_SCALE;
  const canvas = ck.MakeCanvas(width, height);
  try {
    for (const f of arimo()) {
      canvas.loadFont(f.bytes, { family: FAMILY, style: 'normal', weight: f.weight });
    }
    paintChart(drawing, canvas.getContext('2d'), FAMILY, CHART_SCALE);
    const url = canvas.toDataURL();
    return { png: new Uint8Array(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')), width, height };
  } finally {
    canvas.dispose();
  }
}
