/** @jest-environment jsdom */
import { findPageHost } from '../../src/taskpane/office-host';

const waits = { script: 30, ready: 30 };

/** A deferred Office.js <script> element that has not loaded yet. */
function officeScript(): HTMLScriptElement {
  return document.createElement('script');
}

/** Office.js as loaded: onReady answers `host` (or never, for `undefined`). */
function defineOffice(host: string | null | undefined): void {
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: 'Excel' },
      onReady: () => (host === undefined ? new Promise(() => undefined) : Promise.resolve({ host })),
    },
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('findPageHost', () => {
  it('is inside Excel when Office.js loads and reports Excel', async () => {
    const script = officeScript();
    const found = findPageHost(script, waits);
    defineOffice('Excel');
    script.dispatchEvent(new Event('load'));
    await expect(found).resolves.toEqual({ inExcel: true });
  });

  it('is a plain browser when Office.js loads outside Office (no host)', async () => {
    const script = officeScript();
    const found = findPageHost(script, waits);
    defineOffice(null);
    script.dispatchEvent(new Event('load'));
    await expect(found).resolves.toEqual({ inExcel: false });
  });

  it('is a plain browser at once when the CDN refuses Office.js', async () => {
    const script = officeScript();
    const found = findPageHost(script, { script: 60_000, ready: 60_000 });
    script.dispatchEvent(new Event('error'));
    await expect(found).resolves.toEqual({ inExcel: false });
  });

  it('goes on as a plain browser when the CDN does not answer, and still learns of Excel should it', async () => {
    const script = officeScript();
    const found = await findPageHost(script, waits);
    expect(found.inExcel).toBe(false);
    expect(found.late).toBeDefined();
    defineOffice('Excel');
    script.dispatchEvent(new Event('load'));
    await expect(found.late).resolves.toBe(true);
  });

  it('goes on as a plain browser when Office.onReady never answers (its own files blocked)', async () => {
    const script = officeScript();
    const pending = findPageHost(script, waits);
    defineOffice(undefined);
    script.dispatchEvent(new Event('load'));
    const found = await pending;
    expect(found.inExcel).toBe(false);
    expect(found.late).toBeDefined();
  });

  it('takes Office.js that is already there as loaded', async () => {
    defineOffice('Excel');
    await expect(findPageHost(officeScript(), waits)).resolves.toEqual({ inExcel: true });
  });
});
