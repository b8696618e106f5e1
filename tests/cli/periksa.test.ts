import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { processIO, type CliIO } from '../../src/cli/io';
import {
  seedBudgetSipd,
  seedTabel38Converted,
  seedTabel38Pasted,
  tableAtG12,
} from '../fixtures/budget-workbooks';
import { docxBytes } from '../fixtures/office-files';

interface Captured extends CliIO {
  out: string;
  err: string;
}

/** Real file access, captured output. */
function capture(): Captured {
  const io: Captured = {
    out: '',
    err: '',
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readFile: processIO.readFile,
    writeFile: processIO.writeFile,
  };
  return io;
}

let dir: string;
const file = (name: string, data: Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sakip-periksa-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await main(argv, io);
  return { code, io };
}

const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

function expectContractShape(json: Record<string, unknown>): void {
  expect(Object.keys(json).sort()).toEqual(['file', 'findings', 'summary', 'tables']);
  for (const t of json.tables as Array<Record<string, unknown>>) {
    expect(Object.keys(t).sort()).toEqual(['kind', 'range', 'rows', 'sheet']);
    expect(t.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    expect(typeof t.rows).toBe('number');
  }
  const findings = json.findings as Array<Record<string, unknown>>;
  for (const f of findings) {
    expect(Object.keys(f).sort()).toEqual([
      'actual',
      'cell',
      'expected',
      'message',
      'rule',
      'severity',
      'sheet',
    ]);
    expect(['galat', 'peringatan', 'info']).toContain(f.severity);
    expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  }
  const summary = json.summary as Record<string, number>;
  expect(Object.keys(summary).sort()).toEqual(['galat', 'info', 'peringatan']);
  for (const s of ['galat', 'peringatan', 'info']) {
    expect(summary[s]).toBe(findings.filter((f) => f.severity === s).length);
  }
}

describe('sakip periksa --json', () => {
  it('prints the seed Tabel 3.8 (pasted) in the contract shape and exits 1 for its galat', async () => {
    const path = file('tabel38.xlsx', await seedTabel38Pasted());
    const { code, io } = await run('periksa', path, '--json');
    expect(io.err).toBe('');
    const json = JSON.parse(io.out);
    expectContractShape(json);
    expect(json.file).toBe(path);
    expect(json.tables).toEqual([{ sheet: 'Bab III', range: 'B8:H145', kind: 'anggaran', rows: 127 }]);
    expect(json.summary.galat).toBeGreaterThan(0);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain('ANG-01');
    expect(code).toBe(1);
  });

  it.each([
    ['converted on paste', seedTabel38Converted, 'B8:H145', 127],
    ['SIPD export', () => seedBudgetSipd(), 'A5:F133', 127],
  ])('prints the seed budget %s in the contract shape', async (_label, build, range, rows) => {
    const { code, io } = await run('periksa', file('budget.xlsx', await build()), '--json');
    const json = JSON.parse(io.out);
    expectContractShape(json);
    expect(json.tables).toEqual([expect.objectContaining({ kind: 'anggaran', range, rows })]);
    expect(code).toBe(json.summary.galat > 0 ? 1 : 0);
  });

  it('exits 0 for a consistent table (the one at G12)', async () => {
    const { code, io } = await run('periksa', file('g12.xlsx', await tableAtG12()), '--json');
    const json = JSON.parse(io.out);
    expectContractShape(json);
    expect(json.tables).toEqual([{ sheet: 'Realisasi', range: 'G12:K29', kind: 'anggaran', rows: 9 }]);
    expect(json.summary.galat).toBe(0);
    expect(code).toBe(0);
  });
});

describe('sakip periksa without --json', () => {
  it('prints a summary in Indonesian and the same exit code', async () => {
    const { code, io } = await run('periksa', file('tabel38-teks.xlsx', await seedTabel38Pasted()));
    expect(code).toBe(1);
    expect(io.out).toMatch(/galat/);
    expect(io.out).toMatch(/Bab III/);
  });
});

describe('sakip periksa: files it cannot read (exit 2, a message, no stack trace)', () => {
  async function expectUnreadable(argv: string[], pattern: RegExp): Promise<void> {
    const { code, io } = await run(...argv);
    expect(code).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(pattern);
    expect(io.err).not.toMatch(STACK_LINE);
  }

  it('a corrupt .xlsx (truncated)', async () => {
    const good = await seedTabel38Pasted();
    await expectUnreadable(
      ['periksa', file('rusak.xlsx', good.subarray(0, 3000)), '--json'],
      /rusak|terpotong/,
    );
  });

  it('random bytes named .xlsx', async () => {
    await expectUnreadable(['periksa', file('acak.xlsx', 'bukan buku kerja')], /bukan buku kerja Excel/);
  });

  it('a Word document renamed .xlsx', async () => {
    await expectUnreadable(['periksa', file('laporan.xlsx', await docxBytes()), '--json'], /Word/);
  });

  it.each([
    ['lama.xls', /Excel lama/],
    ['data.csv', /CSV/],
    ['laporan.docx', /dokumen Word/],
  ])('a file named %s, refused by its extension', async (name, pattern) => {
    await expectUnreadable(['periksa', file(name, 'x')], pattern);
  });

  it('a missing file', async () => {
    await expectUnreadable(['periksa', join(dir, 'tidak-ada.xlsx')], /tidak ditemukan/);
  });

  it('a folder is searched for workbooks (no longer refused, as when periksa took one file)', async () => {
    // A folder is checked as many files (periksa-banyak.test.ts); its JSON has `files`. The worker
    // threads compile the sources as they load them (ts-jest runs no compiled code): seconds, hence the time.
    const { io } = await run('periksa', dir, '--json');
    expect(Object.keys(JSON.parse(io.out))).toEqual(['files', 'skipped', 'rekap']);
  }, 60_000);
});

describe('sakip: usage', () => {
  it('shows help in Indonesian with exit 0', async () => {
    for (const arg of ['--help', 'bantuan']) {
      const { code, io } = await run(arg);
      expect(code).toBe(0);
      expect(io.out).toMatch(/Pemakaian/);
      expect(io.out).toMatch(/sakip periksa BERKAS\.xlsx/);
    }
  });

  it('prints the package version', async () => {
    const { code, io } = await run('--versi');
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(code).toBe(0);
    expect(io.out.trim()).toBe(pkg.version);
  });

  it.each([
    [[], /perintah/],
    [['hitung'], /tidak dikenal/],
    [['periksa'], /Sebutkan berkas \.xlsx atau folder/],
    [['periksa', 'a.xlsx', 'b.xlsx', '--pekerja', '0'], /--pekerja harus bilangan bulat/],
    [['periksa', 'a.xlsx', '--rekap', 'rekap.xls'], /harus berakhiran \.xlsx/],
    [
      ['periksa', 'a.xlsx', '--tabel'],
      /^Opsi "--tabel" tidak dikenal\. Nama berkas yang diawali "-" ditulis sesudah "--"/,
    ],
    [['periksa', 'a.xlsx', '--json=ya'], /^Opsi "--json" tidak menerima nilai/],
    [['susun', 'a.xlsx', '-o'], /^Opsi "--output" memerlukan nilai/],
    [['laporan', 'a.xlsx', 'b.xlsx', '-o', 'c.docx'], /^Sebutkan satu berkas saja; "b\.xlsx" berlebih/],
    [['laporan', 'a.xlsx', '-o', 'bab3.doc'], /^Berkas hasil "bab3\.doc" harus berakhiran \.docx/],
    [['periksa', '--', '-aneh.xlsx'], /Berkas "-aneh\.xlsx" tidak ditemukan/],
  ])('rejects %j with exit 2, in Indonesian', async (argv, pattern) => {
    const { code, io } = await run(...argv);
    expect(code).toBe(2);
    expect(io.err).toMatch(pattern);
    expect(io.err).not.toMatch(STACK_LINE);
    // node's parseArgs says these in English; none of its words reach the user.
    expect(io.err).not.toMatch(
      /Unknown option|argument missing|does not take|Unexpected argument|positional/,
    );
  });
});
