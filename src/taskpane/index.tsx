import { createRoot } from 'react-dom/client';
import { App } from './App';

/**
 * Entry of the task pane. Office.js readiness is awaited once, here: inside Excel the pane works on the
 * open workbook, in an ordinary browser (no host) it works on an .xlsx file the user opens.
 */
async function start(): Promise<void> {
  const info = typeof Office === 'undefined' ? { host: null } : await Office.onReady();
  const mount = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(mount).render(<App host={info.host === Office.HostType.Excel ? 'excel' : 'file'} />);
}

void start();
