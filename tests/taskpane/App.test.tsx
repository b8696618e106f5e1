import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../src/taskpane/App';
import type {
  LaporanView,
  PeriksaView,
  SusunView,
  WorkbookService,
} from '../../src/taskpane/services/workbook-service';
import type { Settings } from '../../src/core/settings';
import type { TableId } from '../../src/core/plan/sheet-plan';
import type { Temuan } from '../../src/core/temuan';
import type { FileService } from '../../src/taskpane/services/file-service';
import type { RekapView } from '../../src/taskpane/services/rekap-files';
import { unit } from '../core/rekap/units';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar measures itself with one.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: window.ResizeObserver ?? NoResizeObserver });

const temuan = (
  rule: Temuan['rule'],
  severity: Temuan['severity'],
  sheet: string,
  cell: string,
  message: string,
): Temuan => ({
  rule,
  severity,
  sheet,
  cell,
  row: 0,
  col: 0,
  message,
});

const VIEW: PeriksaView = {
  unit: 'Kecamatan Kalianget',
  year: 2023,
  tables: [
    {
      kind: 'anggaran',
      sheet: 'Bab III',
      range: 'B8:F52',
      rows: 44,
      unplaced: 0,
      year: '2023 (dari judul tabel)',
      columns: [
        {
          column: 'D',
          role: 'pagu',
          header: 'PAGU DPA',
          evidence: ['judul "PAGU DPA"', 'angka Rupiah bulat di 44 dari 44 baris'],
        },
      ],
    },
  ],
  notes: [],
  findings: [
    temuan('ANG-01', 'galat', 'Bab III', 'E10', 'Realisasi program tidak sama dengan jumlah kegiatannya.'),
    temuan('NUM-02', 'peringatan', 'Bab III', 'D14', 'Angka 36,800 dibaca sebagai 36.800.'),
    temuan('ANG-03', 'galat', 'Lain', 'C4', 'Realisasi melebihi pagu.'),
  ],
  summary: { galat: 2, peringatan: 1, info: 0 },
};

/** A service that records calls; `fail` makes periksa reject with an adapter-style error. */
function fakeService(fail?: string) {
  const calls: {
    select: Array<[string, string]>;
    susun: Array<TableId[] | undefined>;
    saved: Settings[];
    laporan: Settings[];
  } = {
    select: [],
    susun: [],
    saved: [],
    laporan: [],
  };
  const service: WorkbookService = {
    mode: 'excel',
    periksa: async () => {
      if (fail) throw Object.assign(new Error(fail), { name: 'ExcelAdapterError' });
      return VIEW;
    },
    susun: async (_s, tables, onProgress): Promise<SusunView> => {
      calls.susun.push(tables);
      onProgress(1);
      return {
        written: [{ table: '3.8', sheet: 'Tabel 3.8', wanted: 'Tabel 3.8', rows: 48 }],
        skipped: [{ table: '3.9', reason: 'tidak ada tabel kinerja' }],
        notes: [],
      };
    },
    laporan: async (settings): Promise<LaporanView> => {
      calls.laporan.push(settings);
      return {
        url: 'blob:bab3',
        fileName: 'contoh-BAB-III.docx',
        tables: ['3.1', '3.8', '3.10'],
        charts: 1,
        placeholders: 7,
        skipped: [
          { table: '3.9', reason: 'Tabel 3.9 tidak disusun: tidak ada tabel kinerja yang dikenali.' },
        ],
      };
    },
    createTemplate: async () => ({ written: ['Anggaran'], skipped: [] }),
    select: async (sheet, address) => void calls.select.push([sheet, address]),
    loadSettings: async () => ({ efisiensi: 'selisih', penimbangIkm: 'eksak' }),
    saveSettings: async (s) => void calls.saved.push(s),
  };
  return { service, calls };
}

let container: HTMLDivElement;
let root: Root;

async function render(service: WorkbookService): Promise<void> {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root.render(<App service={service} dark={false} />));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

function button(name: string | RegExp): HTMLElement {
  const all = [...container.querySelectorAll<HTMLElement>('button, [role="tab"], a')];
  const found = all.find((b) =>
    typeof name === 'string'
      ? (b.getAttribute('aria-label') ?? b.textContent) === name
      : name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  );
  if (!found)
    throw new Error(
      `no button ${name}; have ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ')}`,
    );
  return found;
}

/** A tab by its label (Fluent renders the label twice, once hidden to reserve the bold width). */
function tab(name: string): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (t) => t.textContent === name + name || t.textContent === name,
  );
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('task pane', () => {
  it('shows the unit and year found, and the findings grouped by severity then sheet', async () => {
    await render(fakeService().service);
    expect(container.textContent).toContain('Kecamatan Kalianget · 2023');
    expect(container.textContent).toContain('2 galat · 1 peringatan · 0 info');
    const headings = [...container.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Galat (2)', 'Bab III', 'Lain', 'Peringatan (1)', 'Bab III']);
  });

  it('reads the workbook when mounted (the pane shown) and again each time the pane is shown anew', async () => {
    const { service } = fakeService();
    const periksa = jest.spyOn(service, 'periksa');
    await render(service);
    expect(periksa).toHaveBeenCalledTimes(1);
    await act(async () => root.render(<App service={service} dark={false} shown={1} />));
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(periksa).toHaveBeenCalledTimes(2);
    await act(async () => root.render(<App service={service} dark={false} shown={1} />));
    expect(periksa).toHaveBeenCalledTimes(2);
  });

  it('selects the cell of a finding when its link is clicked', async () => {
    const { service, calls } = fakeService();
    await render(service);
    await click(button('Pilih sel E10 di lembar Bab III'));
    expect(calls.select).toEqual([['Bab III', 'E10']]);
  });

  it('copies the findings to Catatan Pemeriksaan by generating that sheet', async () => {
    const { service, calls } = fakeService();
    await render(service);
    await click(button('Salin ke Catatan Pemeriksaan'));
    expect(calls.susun).toEqual([['catatan']]);
  });

  it('generates Tabel 3.8 and reports what was written where and what was skipped', async () => {
    const { service, calls } = fakeService();
    await render(service);
    await click(tab('Susun'));
    await click(button('Susun Tabel 3.8'));
    expect(calls.susun).toEqual([['3.8']]);
    const summary = container.querySelector('[data-testid="susun-summary"]')!.textContent;
    expect(summary).toContain('Tabel 3.8 → lembar "Tabel 3.8" (48 baris)');
    expect(summary).toContain('Tabel 3.9: tidak ada tabel kinerja');
    await click(button('Semua'));
    expect(calls.susun).toEqual([['3.8'], undefined]);
  });

  it('builds Bab III as a Word document beside Susun, offers it to save and says what it holds', async () => {
    const { service, calls } = fakeService();
    const saved: string[] = [];
    const click0 = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.getAttribute('href')}`);
    };
    try {
      await render(service);
      await click(tab('Susun'));
      await click(button('Unduh Bab III (.docx)'));
    } finally {
      HTMLAnchorElement.prototype.click = click0;
    }
    expect(calls.laporan).toEqual([{ efisiensi: 'selisih', penimbangIkm: 'eksak' }]);
    expect(saved).toEqual(['contoh-BAB-III.docx blob:bab3']);
    const summary = container.querySelector('[data-testid="laporan-summary"]')!;
    expect(summary.textContent).toContain('3 tabel, 1 grafik, 7 isian kuning untuk ditulis.');
    expect(summary.textContent).toContain('Tabel 3.9 tidak disusun');
    expect(summary.querySelector('a')?.getAttribute('download')).toBe('contoh-BAB-III.docx');
  });

  it('shows a failure in a message bar, not only in the console', async () => {
    await render(fakeService('Excel sedang dalam mode sunting sel.').service);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Excel sedang dalam mode sunting sel.');
  });

  it('saves the settings chosen in Pengaturan', async () => {
    const { service, calls } = fakeService();
    await render(service);
    await click(tab('Pengaturan'));
    const indeks = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === 'indeks',
    )!;
    await click(indeks);
    await click(button('Simpan pengaturan'));
    expect(calls.saved).toEqual([{ efisiensi: 'indeks', penimbangIkm: 'eksak' }]);
    expect(container.textContent).toContain('Pengaturan disimpan di buku kerja.');
  });

  it('in file mode, checks several files opened at once and offers their rekap for download', async () => {
    const { service } = fakeService();
    const opened: string[][] = [];
    const view: RekapView = {
      units: [
        unit({ unit: 'Dinas Sosial', file: 'sosial.xlsx', galat: 3, year: 2023 }),
        unit({ unit: 'Kecamatan Batang', file: 'batang.xlsx' }),
      ],
      unreadable: [{ file: 'rusak.xlsx', error: 'rusak.xlsx: Berkas .xlsx ini rusak atau terpotong.' }],
      skipped: [],
      download: { url: 'blob:rekap', fileName: 'rekap-sakip.xlsx' },
    };
    const file = {
      rekap: async (files: readonly File[], _s: Settings, onProgress: (d: number, t: number) => void) => {
        opened.push(files.map((f) => f.name));
        onProgress(files.length, files.length);
        return view;
      },
    } as unknown as FileService;
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
    await act(async () =>
      root.render(<App service={{ ...service, mode: 'file' }} file={file} dark={false} />),
    );
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.multiple).toBe(true);
    const chosen = ['sosial.xlsx', 'batang.xlsx', 'rusak.xlsx'].map((n) => new File(['x'], n));
    Object.defineProperty(input, 'files', { configurable: true, value: chosen });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(opened).toEqual([['sosial.xlsx', 'batang.xlsx', 'rusak.xlsx']]);
    expect(container.querySelector('[data-testid="header-line"]')?.textContent).toBe('Rekap 3 berkas');
    expect(container.querySelector('[data-testid="rekap-summary"]')?.textContent).toBe(
      '2 buku kerja diperiksa, 1 tidak terbaca.',
    );
    const link = button('Unduh rekap (.xlsx)');
    expect([link.getAttribute('href'), link.getAttribute('download')]).toEqual([
      'blob:rekap',
      'rekap-sakip.xlsx',
    ]);
    const units = [...container.querySelectorAll('li[data-unit]')].map((li) => li.getAttribute('data-unit'));
    expect(units).toEqual(['Dinas Sosial', 'Kecamatan Batang']);
    expect(container.textContent).toContain('3 galat · 0 peringatan · 0 info');
    expect(container.textContent).toContain('rusak.xlsx: Berkas .xlsx ini rusak atau terpotong.');
    // A rekap of several files is no one workbook: the tabs for one workbook are not shown.
    expect(container.querySelectorAll('[role="tab"]')).toHaveLength(0);
  });
});
