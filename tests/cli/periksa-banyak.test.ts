/**
 * `sakip periksa` over many files (DESIGN.md §9, issue 22) on a folder of mixed files: good workbooks,
 * one with galat, corrupt ones, files that are not workbooks, an Excel lock file, a hidden folder and
 * the rekap of an earlier run. The checks run on real worker threads (from the TypeScript sources).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { processIO, type CliIO } from '../../src/cli/io';
import { planRekap } from '../../src/core/plan/plan-rekap';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { cellAt, type WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { writePlansToNewWorkbook } from '../../src/xlsx/write-package';
import { tableAtG12 } from '../fixtures/budget-workbooks';
import { docxBytes } from '../fixtures/office-files';
import { BATANG, SOSIAL, unitWorkbook } from '../fixtures/unit-workbooks';
import { unit } from '../core/rekap/units';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeLibreOfficeProfile } = require('../../scripts/lo-profile') as {
  makeLibreOfficeProfile(o?: { locale?: string }): { arg: string; dir: string };
};

jest.setTimeout(120_000);

const EXAMPLE = join(__dirname, '../../examples/contoh-kecamatan.xlsx');
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const inCI = process.env.CI === 'true';
if (!hasSoffice && !inCI) {
  console.warn('LibreOffice (soffice) tidak terpasang: uji hitung ulang rekap dilewati (CI tidak diset).');
}

interface Captured extends CliIO {
  out: string;
  err: string;
}

function capture(extra: Partial<CliIO> = {}): Captured {
  const io: Captured = {
    out: '',
    err: '',
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readFile: processIO.readFile,
    writeFile: processIO.writeFile,
    ...extra,
  };
  return io;
}

async function run(...argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await main(argv, io);
  return { code, io };
}

let dir: string;
let masuk: string;
const at = (...parts: string[]) => join(masuk, ...parts);

beforeAll(async () => {
  dir = mkdtempSync(join(os.tmpdir(), 'sakip-banyak-'));
  masuk = join(dir, 'masuk');
  mkdirSync(join(masuk, 'contoh'), { recursive: true });
  mkdirSync(join(masuk, '.sembunyi'));
  const batang = await unitWorkbook(BATANG);
  writeFileSync(at('01-batang.xlsx'), batang);
  writeFileSync(at('02-sosial.xlsx'), await unitWorkbook(SOSIAL));
  writeFileSync(at('contoh', 'contoh-kecamatan.xlsx'), readFileSync(EXAMPLE));
  writeFileSync(at('rusak.xlsx'), batang.subarray(0, 3000));
  writeFileSync(at('acak.xlsx'), 'bukan buku kerja');
  writeFileSync(at('laporan.docx'), await docxBytes());
  writeFileSync(at('~$01-batang.xlsx'), 'kunci');
  writeFileSync(at('.sembunyi', 'salinan.xlsx'), batang);
  const old = planRekap(
    { units: [unit({ unit: 'Lama' })], unreadable: [], skipped: [] },
    { settings: DEFAULT_SETTINGS },
  );
  writeFileSync(at('rekap-lama.xlsx'), (await writePlansToNewWorkbook(old)).bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sakip periksa FOLDER --json', () => {
  let code: number;
  let json: {
    files: Array<Record<string, unknown>>;
    skipped: Array<{ file: string; reason: string }>;
    rekap: { units: Array<Record<string, unknown>>; rules: Record<string, number> };
  };
  let raw: string;

  beforeAll(async () => {
    const r = await run('periksa', masuk, '--json');
    code = r.code;
    raw = r.io.out;
    json = JSON.parse(raw);
    expect(r.io.err).toBe('');
  });

  it('exits 1: a workbook has galat', () => expect(code).toBe(1));

  it('prints one object {files, skipped, rekap}, laid out as JSON.stringify lays it out', () => {
    expect(Object.keys(json)).toEqual(['files', 'skipped', 'rekap']);
    expect(raw).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('has each workbook found, in name order with sub-folders in place: its §9 object, or the file and why it was not read', () => {
    expect(json.files.map((f) => [relative(masuk, f.file as string), Object.keys(f).sort().join()])).toEqual([
      ['01-batang.xlsx', 'file,findings,summary,tables'],
      ['02-sosial.xlsx', 'file,findings,summary,tables'],
      ['acak.xlsx', 'error,file'],
      ['contoh/contoh-kecamatan.xlsx', 'file,findings,summary,tables'],
      ['rusak.xlsx', 'error,file'],
    ]);
    expect(json.files[2].error).toMatch(/bukan buku kerja Excel/);
    expect(json.files[4].error).toMatch(/rusak atau terpotong/);
    const sosial = json.files[1] as { findings: Array<{ rule: string; cell: string }>; summary: unknown };
    expect(sosial.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['ANG-01 C7']);
    expect(sosial.summary).toEqual({ galat: 1, peringatan: 0, info: 0 });
  });

  it('lists what it left alone, with the reason; hidden folders are not searched', () => {
    const skipped = Object.fromEntries(json.skipped.map((s) => [relative(masuk, s.file), s.reason]));
    expect(Object.keys(skipped).sort()).toEqual(['laporan.docx', 'rekap-lama.xlsx', '~$01-batang.xlsx']);
    expect(skipped['laporan.docx']).toMatch(/dokumen Word/);
    expect(skipped['~$01-batang.xlsx']).toMatch(/berkas kunci/);
    expect(skipped['rekap-lama.xlsx']).toBe('buku kerja rekap SAKIP, bukan laporan unit');
    expect(raw).not.toContain('salinan.xlsx');
  });

  it('sums up each unit: name and year from the titles, findings, pagu and realisasi to the rupiah, serapan, capaian', () => {
    const units = json.rekap.units.map((u) => ({ ...u, file: relative(masuk, u.file as string) }));
    expect(units).toEqual([
      {
        file: '01-batang.xlsx',
        unit: 'Kecamatan Batang',
        year: 2023,
        galat: 0,
        peringatan: 0,
        info: 0,
        tables: 2,
        rules: {},
        pagu: 200_000_000,
        realisasi: 165_000_000,
        serapan: 0.825,
        // (95/100 + 88/80) / 2
        capaian: 1.025,
        kategori: 'Sangat Tinggi',
      },
      {
        file: '02-sosial.xlsx',
        unit: 'Dinas Sosial',
        year: 2023,
        galat: 1,
        peringatan: 0,
        info: 0,
        tables: 1,
        rules: { 'ANG-01': 1 },
        // the sum over its line, not the program's stated 300.001.000
        pagu: 300_000_000,
        realisasi: 299_999_999,
        serapan: 299_999_999 / 300_000_000,
        capaian: null,
        kategori: null,
      },
      expect.objectContaining({
        file: join('contoh', 'contoh-kecamatan.xlsx'),
        unit: 'Kecamatan Kalianget',
        year: 2023,
        // the seed's lines summed by hand
        pagu: 2_697_987_570,
        realisasi: 2_057_445_222,
      }),
    ]);
  });

  it('counts findings per rule across all units as the files’ own findings add up', () => {
    const expected: Record<string, number> = {};
    for (const f of json.files)
      for (const t of (f.findings as Array<{ rule: string }> | undefined) ?? [])
        expected[t.rule] = (expected[t.rule] ?? 0) + 1;
    expect(json.rekap.rules).toEqual(expected);
    expect(json.rekap.rules['ANG-01']).toBeGreaterThanOrEqual(2);
  });

  it('gives the same JSON with one worker thread as with one per core', async () => {
    const one = await run('periksa', masuk, '--json', '--pekerja', '1');
    expect(one.code).toBe(code);
    expect(one.io.out).toBe(raw);
  });
});

describe('sakip periksa over many files: exit codes', () => {
  it('0 when no workbook has galat (a file named twice is checked once)', async () => {
    const g12 = join(dir, 'g12.xlsx');
    writeFileSync(g12, await tableAtG12());
    const { code, io } = await run('periksa', at('01-batang.xlsx'), g12, at('01-batang.xlsx'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(io.out).files).toHaveLength(2);
  });

  it('2 when a file cannot be read and none has galat; a missing file is one', async () => {
    const { code, io } = await run(
      'periksa',
      at('01-batang.xlsx'),
      at('rusak.xlsx'),
      join(dir, 'tidak-ada.xlsx'),
    );
    expect(code).toBe(2);
    expect(io.out).toMatch(/Tidak terbaca:/);
    expect(io.out).toMatch(/tidak-ada\.xlsx" tidak ditemukan/);
  });

  it('1 when any workbook has galat, also with unreadable files beside it; a progress line on a terminal, cleared at the end', async () => {
    const io = capture({ stderrIsTerminal: true });
    expect(await main(['periksa', at('02-sosial.xlsx'), at('rusak.xlsx')], io)).toBe(1);
    expect(io.err).toMatch(
      /^\rMemeriksa 1\/2 berkas \(\d pekerja\)…\rMemeriksa 2\/2 berkas \(\d pekerja\)…\r\u001b\[K$/,
    );
  });

  it('2 with a message when the folders hold no workbook', async () => {
    const empty = join(dir, 'kosong');
    mkdirSync(empty);
    writeFileSync(join(empty, 'catatan.txt'), 'x');
    const { code, io } = await run('periksa', empty);
    expect(code).toBe(2);
    expect(io.err).toMatch(/Tidak ada berkas \.xlsx atau \.xlsm/);
    expect(io.out).toBe('');
  });
});

describe('sakip periksa FOLDER (the terminal report)', () => {
  let out: string;
  beforeAll(async () => {
    const { io } = await run('periksa', masuk);
    out = io.out;
  });

  it('prints one line per unit, most galat first, with pagu, serapan and capaian in id-ID', () => {
    const lines = out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('No  Unit kerja'));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 1, header + 4);
    expect(rows[0]).toMatch(/^ 1 {2}Kecamatan Kalianget +2023 +\d+ /);
    expect(rows[1]).toMatch(
      /^ 2 {2}Dinas Sosial +2023 +1 +0 +0 +300\.000\.000 +100,00% +- +.*02-sosial\.xlsx$/,
    );
    expect(rows[2]).toMatch(
      /^ 3 {2}Kecamatan Batang +2023 +0 +0 +0 +200\.000\.000 +82,50% +102,50% +.*01-batang\.xlsx$/,
    );
  });

  it('then the unreadable and skipped files, the findings per rule across units and the totals', () => {
    expect(out).toMatch(/Tidak terbaca:\n {2}- .*acak\.xlsx.*\n {2}- .*rusak\.xlsx/);
    expect(out).toMatch(/Dilewati:\n/);
    expect(out).toMatch(/ANG-01 {2}GALAT +\d+ temuan di 2 unit — Induk tidak sama dengan jumlah rinciannya/);
    expect(out).toMatch(
      /Ringkasan: \d+ galat, \d+ peringatan, \d+ info di 3 buku kerja; 2 buku kerja dengan galat\./,
    );
    expect(out).not.toMatch(/\u001b\[/);
  });
});

describe('sakip periksa --rekap', () => {
  it('refuses to replace an existing rekap without --timpa, before checking anything', async () => {
    const existing = join(dir, 'ada.xlsx');
    writeFileSync(existing, 'x');
    const { code, io } = await run('periksa', masuk, '--rekap', existing);
    expect(code).toBe(2);
    expect(io.err).toMatch(/sudah ada dan tidak ditimpa/);
    expect(io.out).toBe('');
  });

  it('with one file keeps the one-file output and writes a rekap of that unit', async () => {
    const rekap = join(dir, 'satu.xlsx');
    const { code, io } = await run('periksa', at('02-sosial.xlsx'), '--json', '--rekap', rekap);
    expect(code).toBe(1);
    expect(Object.keys(JSON.parse(io.out))).toEqual(['file', 'tables', 'findings', 'summary']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(rekap) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap Unit', 'Temuan per Aturan', 'Rekap Pemda']);
  });

  const describeLo = hasSoffice || inCI ? describe : describe.skip;

  describeLo('the rekap workbook, recalculated by LibreOffice', () => {
    // Read back with sakip's own reader: ExcelJS drops a formula's cached result when it is 0.
    let book: WorkbookSnapshot;
    let report: string;
    const rekapFile = () => join(dir, 'keluar', 'rekap.xlsx');

    beforeAll(async () => {
      if (!hasSoffice) throw new Error('CI=true tetapi LibreOffice (soffice) tidak terpasang.');
      mkdirSync(join(dir, 'keluar'));
      const { code, io } = await run('periksa', masuk, '--rekap', rekapFile());
      expect(code).toBe(1);
      report = io.out;
      const profile = makeLibreOfficeProfile();
      const work = mkdtempSync(join(os.tmpdir(), 'sakip-lo-rekap-'));
      try {
        const outDir = join(work, 'hitung');
        const conv = spawnSync(
          'soffice',
          [profile.arg, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, rekapFile()],
          {
            encoding: 'utf8',
            timeout: 110_000,
          },
        );
        if (conv.status !== 0) throw new Error(`soffice gagal: ${conv.stderr}`);
        book = await readSnapshot(readFileSync(join(outDir, 'rekap.xlsx')), 'rekap.xlsx');
      } finally {
        rmSync(work, { recursive: true, force: true });
        rmSync(profile.dir, { recursive: true, force: true });
      }
    });

    /** A sheet's cell by Excel's 1-based row and column: its value as LibreOffice computed it, and its formula. */
    const sheet = (name: string) => {
      const s = book.sheets.find((x) => x.name === name)!;
      const cell = (r: number, c: number) => cellAt(s, r - 1, c - 1);
      const value = (r: number, c: number) => cell(r, c)?.value ?? null;
      /** Rows under the column-number row until the JUMLAH row, and the JUMLAH row. */
      let r = 1;
      while (!(value(r, 1) === 1 && value(r, 2) === 2)) r++;
      const rows: number[] = [];
      for (r++; value(r, 1) !== 'JUMLAH'; r++) rows.push(r);
      return { value, formula: (row: number, c: number) => cell(row, c)?.formula, rows, total: r };
    };

    it('says it wrote the rekap', () => {
      expect(report).toContain(`Rekap ditulis ke ${rekapFile()}`);
    });

    it('Rekap Pemda: the JUMLAH equals the units’ sum to the rupiah, Rp 3.197.987.570 and Rp 2.522.445.221', () => {
      const { value, rows, total } = sheet('Rekap Pemda');
      expect(rows.map((r) => value(r, 2))).toEqual([
        'Dinas Sosial',
        'Kecamatan Batang',
        'Kecamatan Kalianget',
      ]);
      expect(rows.map((r) => value(r, 3))).toEqual([300_000_000, 200_000_000, 2_697_987_570]);
      // 300.000.000 + 200.000.000 + 2.697.987.570, and 299.999.999 + 165.000.000 + 2.057.445.222
      expect(value(total, 3)).toBe(3_197_987_570);
      expect(value(total, 4)).toBe(2_522_445_221);
      expect(value(total, 5)).toBeCloseTo(2_522_445_221 / 3_197_987_570, 12);
      expect(value(rows[1], 5)).toBeCloseTo(0.825, 12);
      const mean = total + 1;
      expect(value(mean, 1)).toBe('RATA-RATA CAPAIAN KINERJA');
      const capaian = rows.map((r) => value(r, 6)).filter((v): v is number => typeof v === 'number');
      expect(capaian).toHaveLength(2);
      expect(capaian[0]).toBeCloseTo(1.025, 12);
      expect(value(mean, 6)).toBeCloseTo((capaian[0] + capaian[1]) / 2, 12);
      expect(value(rows[1], 7)).toBe('Sangat Tinggi');
      expect(value(rows[0], 6)).toBe('-');
    });

    it('Rekap Unit: the JUMLAH row adds up the rows; unreadable files are listed with their reason', () => {
      const { value, rows, total } = sheet('Rekap Unit');
      expect(rows.map((r) => value(r, 2))).toEqual([
        'Kecamatan Kalianget',
        'Dinas Sosial',
        'Kecamatan Batang',
        'acak',
        'rusak',
      ]);
      for (const c of [4, 5, 6, 7]) {
        const sum = rows.reduce((a, r) => a + ((value(r, c) as number | null) ?? 0), 0);
        expect(value(total, c)).toBe(sum);
      }
      expect([5, 6, 7].map((c) => value(rows[1], c))).toEqual([1, 0, 0]);
      expect(value(rows[2], 8)).toBe('01-batang.xlsx');
      expect(String(value(rows[4], 9))).toMatch(/^Tidak terbaca: .*rusak atau terpotong/);
    });

    it('links each unit’s file by its path relative to the rekap', () => {
      const { formula, rows } = sheet('Rekap Unit');
      expect(formula(rows[2], 8)).toBe(
        `HYPERLINK("${join('..', 'masuk', '01-batang.xlsx')}","01-batang.xlsx")`,
      );
    });

    it('Temuan per Aturan: each unit’s JUMLAH is all its findings (as on Rekap Unit), the JUMLAH row each rule’s', () => {
      const rules = sheet('Temuan per Aturan');
      const units = sheet('Rekap Unit');
      const last =
        rules.rows.length > 0
          ? book.sheets.find((s) => s.name === 'Temuan per Aturan')!.rows[rules.rows[0] - 1]!.length
          : 0;
      rules.rows.forEach((r, i) => {
        const findings = [5, 6, 7].reduce((a, c) => a + (units.value(units.rows[i], c) as number), 0);
        expect([rules.value(r, 2), rules.value(r, last)]).toEqual([units.value(units.rows[i], 2), findings]);
      });
      for (let c = 3; c <= last; c++) {
        const sum = rules.rows.reduce((a, r) => a + ((rules.value(r, c) as number | null) ?? 0), 0);
        expect(rules.value(rules.total, c)).toBe(sum);
      }
      expect(rules.value(rules.total, last)).toBe(
        [5, 6, 7].reduce((a, c) => a + (units.value(units.total, c) as number), 0),
      );
    });
  });
});
