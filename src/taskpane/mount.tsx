import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ExcelService } from './services/excel-service';

/** Whether Office's theme (or, outside Office, the system's) asks for dark colours. */
function prefersDark(): boolean {
  const background =
    typeof Office === 'undefined' ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  const m = background ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background) : null;
  if (m) {
    const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Mounts the pane over the open workbook into `element`; returns the function that renders it for the
 * n-th showing of the pane (each one reads the workbook again).
 */
export function mountExcelPane(element: HTMLElement): (shown: number) => void {
  const root = createRoot(element);
  const service = new ExcelService();
  const dark = prefersDark();
  return (shown) => root.render(<App service={service} dark={dark} shown={shown} />);
}

/** Mounts the pane over an .xlsx or .xlsm file opened in the page (the package reader and writer loaded only here; ExcelJS only for a file they cannot read). */
export async function mountFilePane(element: HTMLElement): Promise<{ unmount: () => void }> {
  const { FileService } = await import(/* webpackChunkName: "file-mode" */ './services/file-service');
  const root = createRoot(element);
  const file = new FileService();
  root.render(<App service={file} file={file} dark={prefersDark()} />);
  return root;
}
