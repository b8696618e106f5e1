/**
 * Entry of the task pane page, which is also the add-in's shared runtime. Kept small and free of React:
 * Excel starts this page when a SAKIP function first calculates, with the pane never opened (the
 * functions bundle, after Office.js, registers them), so the page reads nothing of the workbook then and
 * loads the pane itself — React, Fluent UI, the engine — only when the pane is shown, which also reads
 * the workbook; the .xlsx reader and writer only in a plain browser (file mode). Office.js readiness is
 * awaited once, here.
 */
import { PANEL } from '../core/messages/pane';
import { findPageHost } from './office-host';
import { watchPaneShown } from './pane-visibility';

/** The Excel pane: mounted when first shown, and told of every later showing (it reads the workbook again). */
function startExcel(element: HTMLElement): void {
  let shown = 0;
  let render: Promise<(shown: number) => void> | undefined;
  watchPaneShown(document, window, Office.addin, () => {
    shown++;
    const count = shown;
    render ??= import(/* webpackChunkName: "pane" */ './mount').then((m) => m.mountExcelPane(element));
    render.then((r) => r(count)).catch(failed(element));
  });
}

/** What the page shows when its own code could not load (the server went away mid-session). */
function failed(element: HTMLElement): (error: unknown) => void {
  return (error) => {
    element.textContent = `${PANEL.errUnknown}: ${error instanceof Error ? error.message : String(error)}`;
  };
}

async function start(): Promise<void> {
  const element = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const host = await findPageHost(document.querySelector<HTMLScriptElement>('script[data-office-js]'));
  if (host.inExcel) {
    startExcel(element);
    return;
  }
  const mount = await import(/* webpackChunkName: "pane" */ './mount');
  const filePane = await mount.mountFilePane(element);
  // Office.js answered only after the page had gone on without it: inside Excel after all.
  if (host.late && (await host.late)) {
    filePane.unmount();
    startExcel(element);
  }
}

start().catch(failed(document.body));
