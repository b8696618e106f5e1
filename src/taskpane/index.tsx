import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ExcelService } from './services/excel-service';
import { FileService } from './services/file-service';

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
 * Entry of the task pane. Office.js readiness is awaited once, here: inside Excel the pane works on the
 * open workbook; in an ordinary browser (no host, or Office.js unavailable) it works on an .xlsx file.
 */
async function start(): Promise<void> {
  const host = typeof Office === 'undefined' ? null : (await Office.onReady()).host;
  const inExcel = host !== null && host !== undefined && host === Office.HostType.Excel;
  const mount = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const file = inExcel ? undefined : new FileService();
  createRoot(mount).render(<App service={file ?? new ExcelService()} file={file} dark={prefersDark()} />);
}

void start();
