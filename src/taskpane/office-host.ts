/**
 * Where the page runs: inside Excel, or in a plain browser where it works on an .xlsx file. Only
 * Office.js can tell, and it comes from Microsoft's CDN, which a browser outside any office network may
 * not reach at all: the page must not hang on it then.
 */

/** How long the page waits for the Office.js script before going on as a plain-browser page. */
export const OFFICE_SCRIPT_WAIT_MS = 5_000;
/**
 * How long it then waits for `Office.onReady`, which "will never resolve" when Office.js's own files are
 * blocked (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
 */
export const OFFICE_READY_WAIT_MS = 15_000;

/** What the page learned about its host. */
export interface PageHost {
  /** Whether the page runs inside Excel, as far as is known within the waits above. */
  inExcel: boolean;
  /**
   * Only when the waits ran out (the page going on as a plain-browser page): resolves true should
   * Office.js arrive after all and report Excel, so the page can still become the Excel pane.
   */
  late?: Promise<boolean>;
}

/** `promise`'s value, or `undefined` when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((done) => setTimeout(() => done(undefined), ms))]);
}

/** Whether `Office.onReady` reports Excel; false when it rejects. */
async function officeSaysExcel(): Promise<boolean> {
  try {
    const info = await Office.onReady();
    return info.host === Office.HostType.Excel;
  } catch {
    return false;
  }
}

/**
 * Finds out whether the page runs in Excel. `script` is the page's Office.js `<script>` element, loaded
 * `defer` after this bundle (so its load event is still to come); Office.js already there counts as
 * loaded. A script that fails, or stays silent for OFFICE_SCRIPT_WAIT_MS, or an `Office.onReady` silent for
 * OFFICE_READY_WAIT_MS, means a plain browser — with `late` watching for Office.js after all.
 * Example: in Excel → `{ inExcel: true }`; offline in a browser → `{ inExcel: false, late }` after 5 s.
 */
export async function findPageHost(
  script: HTMLScriptElement | null,
  waits = { script: OFFICE_SCRIPT_WAIT_MS, ready: OFFICE_READY_WAIT_MS },
): Promise<PageHost> {
  const loaded: Promise<boolean> =
    typeof Office !== 'undefined' || script === null
      ? Promise.resolve(typeof Office !== 'undefined')
      : new Promise((done) => {
          script.addEventListener('load', () => done(true), { once: true });
          script.addEventListener('error', () => done(false), { once: true });
        });
  const excel = loaded.then((ok) => (ok && typeof Office !== 'undefined' ? officeSaysExcel() : false));
  const soon = await within(loaded, waits.script);
  if (soon === false) return { inExcel: false };
  const answer = soon === undefined ? undefined : await within(excel, waits.ready);
  return answer === undefined ? { inExcel: false, late: excel } : { inExcel: answer };
}
