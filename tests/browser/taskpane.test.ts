/**
 * The built task pane in Debian's Chromium (playwright-core), with Office.js replaced by a stub:
 * inside "Excel" (an in-memory workbook holding the seed's Tabel 3.8 as pasted text) and in file mode
 * (Office.js reporting no host, an .xlsx opened from disk). Needs dist/ from `npm run build`
 * (SAKIP_DIST points elsewhere). Screenshots of each state go to test-output/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve } from 'path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import ts from 'typescript';
import { periksaWorkbook, susunWorkbook } from '../../src/core/engine';
import { ownerMarkName } from '../../src/core/plan/sheet-plan';
import type { SheetPlan } from '../../src/core/plan/sheet-plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadXlsx } from '../../src/xlsx/read-workbook';
import { zipDirectory } from '../../src/xlsx/zip-directory';
import { seedTabel38Pasted } from '../fixtures/budget-workbooks';
import { BATANG, SOSIAL, unitWorkbook } from '../fixtures/unit-workbooks';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { readDocx } from '../support/docx';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../..');
const DIST = resolve(ROOT, process.env.SAKIP_DIST ?? 'dist');
const SHOTS = join(ROOT, 'test-output/screenshots');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const SAMPLE = join(ROOT, 'examples/contoh-kecamatan.xlsx');
const canRun = existsSync(CHROMIUM) || process.env.CI === 'true';

if (!canRun) {
  // A visible note, so a skipped browser test is never mistaken for a passing one.
  console.warn(`tests/browser/taskpane.test.ts DILEWATI: ${CHROMIUM} tidak ada (dan CI tidak diset).`);
}

const describeBrowser = canRun ? describe : describe.skip;

/** One cell of a fake sheet as the page reports it. */
type PageCell = [number, number, { value: unknown; formula?: string; numberFormat?: string }];

interface Harness {
  context: BrowserContext;
  server: Server;
  base: string;
  userDataDir: string;
  requests: string[];
  problems: string[];
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** A static file server for dist/ on 127.0.0.1 (a random port). */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = join(dir, path || 'taskpane.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The fake Excel as a browser script defining window.FakeExcel. */
function fakeExcelScript(): string {
  const source = readFileSync(join(ROOT, 'tests/excel/fake-excel.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return `(function(){var exports={};var module={exports:exports};${js}\nwindow.FakeExcel=exports;})();`;
}

/** The snapshot as JSON (sets as arrays) for the stub. */
function snapshotJson(snapshot: WorkbookSnapshot): string {
  return JSON.stringify({
    name: snapshot.name,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      hiddenRows: [...s.hiddenRows],
      hiddenColumns: [...s.hiddenColumns],
    })),
  });
}

/**
 * Opens the pane at a narrow task-pane width with Office.js answered by the stub — or not at all
 * (`cdn: 'silent'`, a CDN out of reach). `hidden`: the page as Excel starts it for the custom functions
 * alone, the pane not shown.
 */
async function openPane(
  h: Harness,
  config: {
    host: 'Excel' | null;
    snapshot?: WorkbookSnapshot;
    theme?: Record<string, string>;
    hidden?: boolean;
    cdn?: 'silent';
  },
): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 320, height: 900 });
  if (config.hidden)
    await page.addInitScript(() =>
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' }),
    );
  page.on('request', (r) => h.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') h.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => h.problems.push(`pageerror: ${e.message}`));
  const stub =
    `window.__SAKIP_STUB__={host:${JSON.stringify(config.host)},theme:${JSON.stringify(config.theme ?? null)},snapshot:${config.snapshot ? snapshotJson(config.snapshot) : 'null'}};\n` +
    fakeExcelScript() +
    '\n' +
    readFileSync(join(__dirname, 'office-stub.js'), 'utf8');
  await page.route(`${OFFICE_CDN}**`, (route) =>
    config.cdn === 'silent'
      ? new Promise<void>(() => undefined)
      : route.fulfill({ status: 200, contentType: 'application/javascript', body: stub }),
  );
  // With the CDN silent the page's load event never comes (a deferred script is still pending): the
  // page must work all the same.
  await page.goto(`${h.base}/taskpane.html`, { waitUntil: config.cdn === 'silent' ? 'commit' : 'load' });
  return page;
}

/** What the pane shows at its width (`name.png`) and the whole page (`name-full.png`). */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true });
}

/** Cells of a sheet of the stub's workbook, or null when the sheet does not exist. */
function sheetCells(page: Page, name: string): Promise<PageCell[] | null> {
  return page.evaluate((sheetName) => {
    const state = (
      window as unknown as {
        __SAKIP_STATE__: {
          sheets: Array<{ name: string; deleted: boolean; cells: Map<string, PageCell[2]> }>;
        };
      }
    ).__SAKIP_STATE__;
    const sheet = state.sheets.find((s) => !s.deleted && s.name === sheetName);
    if (!sheet) return null;
    return [...sheet.cells].map(([k, cell]) => {
      const [r, c] = k.split(',').map(Number);
      return [
        r,
        c,
        { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat },
      ] as PageCell;
    });
  }, name);
}

/** Differences between the cells the page's workbook holds and a plan (values, formulas, formats). */
function planDifferences(cells: PageCell[], plan: SheetPlan): string[] {
  const got = new Map(cells.map(([r, c, cell]) => [`${r},${c}`, cell]));
  const out: string[] = [];
  plan.cells.forEach((row, r) =>
    row?.forEach((want, c) => {
      const cell = got.get(`${r},${c}`);
      if (want?.formula !== undefined) {
        if (cell?.formula !== want.formula) out.push(`${r},${c} formula ${cell?.formula} ≠ ${want.formula}`);
      } else if ((cell?.value ?? null) !== (want?.value ?? null))
        out.push(`${r},${c} value ${cell?.value} ≠ ${want?.value}`);
      if (cell?.numberFormat !== want?.numberFormat)
        out.push(`${r},${c} format ${cell?.numberFormat} ≠ ${want?.numberFormat}`);
    }),
  );
  return out;
}

describeBrowser('task pane in Chromium', () => {
  jest.setTimeout(180_000);
  let h: Harness;
  let seed: WorkbookSnapshot;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html')) || !existsSync(join(DIST, 'taskpane.js'))) {
      throw new Error(
        `${DIST}/taskpane.html atau taskpane.js tidak ada: jalankan "npm run build" dulu (atau set SAKIP_DIST).`,
      );
    }
    if (!existsSync(CHROMIUM)) throw new Error(`CI=true tetapi ${CHROMIUM} tidak ada.`);
    mkdirSync(SHOTS, { recursive: true });
    seed = (await loadXlsx(await seedTabel38Pasted(), 'lkjip-kalianget.xlsx')).snapshot;
    const server = await serve(DIST);
    const userDataDir = mkdtempSync(join(tmpdir(), 'sakip-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    h = {
      context,
      server,
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      userDataDir,
      requests: [],
      problems: [],
    };
  });

  afterAll(async () => {
    if (!h) return;
    await h.context.close();
    await new Promise((ok) => h.server.close(ok));
    rmSync(h.userDataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    // Every request went to the local server, the (stubbed) Office CDN, or stayed inside the page.
    const foreign = h.requests.filter(
      (u) => !u.startsWith(h.base) && !u.startsWith(OFFICE_CDN) && !/^(blob|data):/.test(u),
    );
    expect(foreign).toEqual([]);
    expect(h.problems).toEqual([]);
    h.requests = [];
    h.problems = [];
  });

  it('inside Excel: Periksa lists the seed findings, a click selects the cell, Susun Tabel 3.8 writes the sheet', async () => {
    const page = await openPane(h, { host: 'Excel', snapshot: seed });
    await page.getByTestId('periksa-summary').waitFor();
    await shot(page, '01-excel-start');
    await page.getByRole('button', { name: 'Periksa konsistensi' }).click();
    await page.getByTestId('periksa-summary').waitFor();

    const expected = periksaWorkbook(seed, DEFAULT_SETTINGS);
    await expect(page.getByTestId('periksa-summary').textContent()).resolves.toBe(
      `${expected.summary.galat} galat · ${expected.summary.peringatan} peringatan · ${expected.summary.info} info`,
    );
    await expect(page.getByTestId('header-line').textContent()).resolves.toContain('Kalianget');
    // From the seed's text: program II's realisasi (E10) is not the sum of its kegiatan; "36,800" (D14)
    // is a guessed thousands group; "4.186,950" (D11) is Rupiah with a fraction.
    const ang01 = page
      .locator('li[data-rule="ANG-01"]')
      .filter({ has: page.getByRole('button', { name: 'Pilih sel E10 di lembar Bab III' }) });
    await expect(ang01.count()).resolves.toBe(1);
    await expect(
      page.getByRole('button', { name: 'Pilih sel D14 di lembar Bab III' }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.locator('li[data-rule="NUM-03"]').filter({ hasText: 'D11' }).count()).resolves.toBe(1);
    await expect(page.locator('li[data-rule]').count()).resolves.toBe(expected.findings.length);
    await shot(page, '02-excel-periksa');

    await ang01.getByRole('button', { name: 'Pilih sel E10 di lembar Bab III' }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __SAKIP_STATE__: { selections: unknown[] } }).__SAKIP_STATE__.selections
          .length > 0,
    );
    const selections = await page.evaluate(
      () => (window as unknown as { __SAKIP_STATE__: { selections: unknown[] } }).__SAKIP_STATE__.selections,
    );
    expect(selections).toEqual([{ sheet: 'Bab III', address: 'E10' }]);

    // Keyboard: a finding's link takes focus and Enter selects its cell.
    await page
      .locator('li[data-rule="NUM-03"]')
      .getByRole('button', { name: 'Pilih sel D11 di lembar Bab III' })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        (window as unknown as { __SAKIP_STATE__: { selections: unknown[] } }).__SAKIP_STATE__.selections
          .length > 1,
    );
    const afterKey = await page.evaluate(
      () => (window as unknown as { __SAKIP_STATE__: { selections: unknown[] } }).__SAKIP_STATE__.selections,
    );
    expect(afterKey[1]).toEqual({ sheet: 'Bab III', address: 'D11' });

    await page.getByLabel('Tampilkan').selectOption('galat');
    await expect(page.locator('li[data-rule]').count()).resolves.toBe(expected.summary.galat);
    await shot(page, '03-excel-periksa-galat');

    await page.getByRole('tab', { name: 'Susun' }).click();
    await shot(page, '04-excel-susun');
    await page.getByRole('button', { name: 'Susun Tabel 3.8' }).click();
    await page.getByTestId('susun-summary').waitFor();
    await expect(page.getByTestId('susun-summary').textContent()).resolves.toContain('lembar "Tabel 3.8"');
    const plan = susunWorkbook(expected, DEFAULT_SETTINGS, ['3.8']).plans[0];
    const cells = await sheetCells(page, 'Tabel 3.8');
    expect(cells).not.toBeNull();
    expect(planDifferences(cells!, plan)).toEqual([]);
    const marks = await page.evaluate(() => [
      ...(
        window as unknown as { __SAKIP_STATE__: { names: Map<string, unknown> } }
      ).__SAKIP_STATE__.names.keys(),
    ]);
    expect(marks).toEqual([ownerMarkName('3.8')]);
    await shot(page, '05-excel-susun-3.8');

    await page.getByRole('tab', { name: 'Struktur' }).click();
    await shot(page, '06-excel-struktur');
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByLabel(/^Indeks/).check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByText('Pengaturan disimpan di buku kerja.').waitFor();
    const stored = await page.evaluate(
      () => (window as unknown as { __SAKIP_SETTINGS__: Record<string, unknown> }).__SAKIP_SETTINGS__,
    );
    expect(stored['sakip.settings']).toMatchObject({ efisiensi: 'indeks' });
    await shot(page, '07-excel-pengaturan');
    await page.close();
  });

  it('only registers the functions when Excel starts the page for them, reading the workbook when the pane is shown', async () => {
    const page = await openPane(h, { host: 'Excel', snapshot: seed, hidden: true });
    await page.waitForFunction(
      () => Object.keys((window as unknown as { __SAKIP_FUNCTIONS__: object }).__SAKIP_FUNCTIONS__).length > 0,
    );
    await page.waitForTimeout(1_000);
    const syncs = () =>
      page.evaluate(() => (window as unknown as { __SAKIP_STATE__: { syncs: unknown[] } }).__SAKIP_STATE__.syncs.length);
    await expect(syncs()).resolves.toBe(0);
    const loaded = () => h.requests.filter((u) => u.startsWith(h.base)).map((u) => new URL(u).pathname);
    expect(loaded()).toEqual(['/taskpane.html', '/taskpane.js', '/functions.js']);
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');

    await page.evaluate(() => (window as unknown as { __SAKIP_SHOW__: () => void }).__SAKIP_SHOW__());
    await page.getByTestId('periksa-summary').waitFor();
    await expect(syncs()).resolves.toBeGreaterThan(0);
    expect(loaded().some((p) => p.startsWith('/pane.'))).toBe(true);
    // ExcelJS belongs to file mode only.
    expect(loaded().some((p) => p.startsWith('/exceljs.'))).toBe(false);
    await shot(page, '12-excel-shown-after-functions');
    await page.close();
  });

  it('in a plain browser whose Office CDN does not answer: goes on to file mode after a few seconds', async () => {
    const page = await openPane(h, { host: null, cdn: 'silent' });
    const started = Date.now();
    await page.getByText('Belum ada berkas dibuka.').waitFor({ timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await shot(page, '13-file-cdn-silent');
    await page.close();
  });

  it('follows a dark Office theme', async () => {
    const page = await openPane(h, {
      host: 'Excel',
      snapshot: seed,
      theme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' },
    });
    await page.getByTestId('periksa-summary').waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('#root > div > div')!).backgroundColor,
    );
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await shot(page, '08-excel-dark');
    await page.close();
  });

  it('in a plain browser: opens the sample .xlsx, runs Susun Semua and downloads a workbook holding the generated sheets', async () => {
    const page = await openPane(h, { host: null });
    await page.getByText('Belum ada berkas dibuka.').waitFor();
    await shot(page, '09-file-start');
    const sample = existsSync(SAMPLE) ? readFileSync(SAMPLE) : await seedTabel38Pasted();
    const samplePath = join(h.userDataDir, 'contoh.xlsx');
    writeFileSync(samplePath, sample);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Buka berkas .xlsx/.xlsm' }).click(),
    ]);
    await chooser.setFiles(samplePath);
    await page.getByTestId('periksa-summary').waitFor();
    await shot(page, '10-file-periksa');

    await page.getByRole('tab', { name: 'Susun' }).click();
    await page.getByRole('button', { name: 'Semua', exact: true }).click();
    await page.getByTestId('susun-summary').waitFor();
    const link = page.getByRole('link', { name: /Unduh hasil/ });
    await link.waitFor();
    await shot(page, '11-file-susun');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('contoh-sakip.xlsx');
    const saved = join(h.userDataDir, 'hasil.xlsx');
    await download.saveAs(saved);

    const { snapshot } = await loadXlsx(sample, 'contoh.xlsx');
    const planned = susunWorkbook(periksaWorkbook(snapshot, DEFAULT_SETTINGS), DEFAULT_SETTINGS).plans;
    expect(planned.length).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    for (const plan of planned) {
      const ws = wb.getWorksheet(plan.name);
      expect(ws).toBeDefined();
      expect(ws!.getCell('A1').value).toEqual(plan.cells[0]?.[0]?.value);
    }
    for (const sheet of snapshot.sheets) expect(wb.getWorksheet(sheet.name)).toBeDefined();
    // The Ringkasan's charts are in the file, as Excel charts.
    const parts = zipDirectory(new Uint8Array(readFileSync(saved)))?.map((e) => e.name) ?? [];
    expect(parts.filter((n) => n.startsWith('xl/charts/chart')).length).toBe(
      planned.reduce((n, p) => n + (p.charts?.length ?? 0), 0),
    );
    await page.close();
  });

  it('in a plain browser: Unduh Bab III (.docx) saves the chapter, its charts painted on the browser’s canvas', async () => {
    const page = await openPane(h, { host: null });
    const sample = existsSync(SAMPLE) ? readFileSync(SAMPLE) : await seedTabel38Pasted();
    const samplePath = join(h.userDataDir, 'contoh.xlsx');
    writeFileSync(samplePath, sample);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Buka berkas .xlsx/.xlsm' }).click(),
    ]);
    await chooser.setFiles(samplePath);
    await page.getByTestId('periksa-summary').waitFor();
    await page.getByRole('tab', { name: 'Susun' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Unduh Bab III (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('contoh-BAB-III.docx');
    await page.getByTestId('laporan-summary').waitFor();
    expect(await page.getByRole('button', { name: 'Unduh Bab III (.docx)' }).isEnabled()).toBe(true);
    await page.mouse.move(0, 0);
    await shot(page, '12-file-laporan');
    const saved = join(h.userDataDir, 'bab3.docx');
    await download.saveAs(saved);
    const doc = await readDocx(new Uint8Array(readFileSync(saved)));
    const captions = doc.blocks.filter((b) => b.kind === 'paragraph' && /^Tabel 3\.\d+$/.test(b.text));
    expect(captions.length).toBe(existsSync(SAMPLE) ? 10 : 3);
    expect(doc.media.length).toBeGreaterThanOrEqual(1);
    for (const m of doc.media) {
      const png = doc.part(m)!;
      expect(String.fromCharCode(...png.subarray(1, 4))).toBe('PNG');
      // A painted chart, not an empty canvas: far larger than a blank PNG of the same size.
      expect(png.length).toBeGreaterThan(20_000);
    }
    await page.close();
  });

  it('in a plain browser: opens several workbooks at once, lists their units by galat and downloads the rekap workbook', async () => {
    const page = await openPane(h, { host: null });
    await page.getByText('Belum ada berkas dibuka.').waitFor();
    const paths: string[] = [];
    for (const [name, bytes] of [
      ['batang.xlsx', await unitWorkbook(BATANG)],
      ['sosial.xlsx', await unitWorkbook(SOSIAL)],
      ['rusak.xlsx', (await unitWorkbook(BATANG)).subarray(0, 2000)],
    ] as Array<[string, Buffer]>) {
      const p = join(h.userDataDir, name);
      writeFileSync(p, bytes);
      paths.push(p);
    }
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Buka berkas .xlsx/.xlsm' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(paths);
    await page.getByTestId('rekap-summary').waitFor();
    await expect(page.getByTestId('rekap-summary').textContent()).resolves.toBe('2 buku kerja diperiksa, 1 tidak terbaca.');
    await expect(page.locator('li[data-unit]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-unit')))).resolves.toEqual([
      'Dinas Sosial',
      'Kecamatan Batang',
    ]);
    await page.mouse.move(0, 0);
    await shot(page, '14-file-rekap');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh rekap (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rekap-sakip.xlsx');
    const saved = join(h.userDataDir, 'rekap.xlsx');
    await download.saveAs(saved);
    const rekap = await readSnapshot(readFileSync(saved), 'rekap.xlsx');
    expect(rekap.sheets.map((s) => [s.name, s.ownerMark])).toEqual([
      ['Rekap Unit', 'rekap.unit'],
      ['Temuan per Aturan', 'rekap.aturan'],
      ['Rekap Pemda', 'rekap.pemda'],
    ]);
    const pemda = rekap.sheets[2];
    const jumlah = pemda.rows.findIndex((row) => row?.[0]?.value === 'JUMLAH');
    expect(pemda.rows[jumlah]?.[2]?.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    expect(pemda.rows.map((row) => row?.[1]?.value).filter((v) => typeof v === 'string')).toEqual(
      expect.arrayContaining(['Dinas Sosial', 'Kecamatan Batang']),
    );
    await page.close();
  });
});
