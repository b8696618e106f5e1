/**
 * LibreOffice (headless) recalculates every generated sheet of the sample workbook, and the numbers it
 * computes equal the numbers worked out here independently: sums over the budget lines read straight
 * from the sample's Anggaran sheet, and hand values from the seed LKjIP. One conversion for all sheets.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runSusun } from '../../src/cli/susun';
import type { CliIO } from '../../src/cli/io';
import { Decimal } from '../../src/core/decimal';
import { kategoriCapaian } from '../../src/core/formulas/kategori';
import { planTabel32 } from '../../src/core/plan/plan-tabel-kinerja';
import { planTabel38 } from '../../src/core/plan/plan-tabel-38';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { writeInputSheetsToPackage } from '../../src/xlsx/write-package';
import { budgetTable, indicatorTable, wideBudgetLines } from '../core/plan/builders';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeLibreOfficeProfile } = require('../../scripts/lo-profile') as {
  makeLibreOfficeProfile(o?: { locale?: string }): { arg: string; dir: string };
};

const EXAMPLE = readFileSync(path.join(__dirname, '../../examples/contoh-kecamatan.xlsx'));
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const inCI = process.env.CI === 'true';
/** 0,01 percentage point, as a fraction. */
const POINT_01 = 0.0001;

if (!hasSoffice && !inCI) {
  console.warn('LibreOffice (soffice) tidak terpasang: uji hitung ulang LibreOffice dilewati (CI tidak diset).');
}

// ---------- the independent computation: budget lines straight from the sample's Anggaran sheet ----------

interface Line {
  marker: string;
  name: string;
  pagu: number;
  realisasi: number;
  children: Line[];
}

const depthOf = (marker: string) => (/^[IVX]+$/.test(marker) ? 0 : /^\d+$/.test(marker) ? 1 : /^\d+\)$/.test(marker) ? 2 : 3);

/** The lines of the sample's Anggaran sheet (row 6 until JUMLAH), nested by their markers. */
async function sampleBudget(): Promise<Line[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(EXAMPLE as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Anggaran')!;
  const roots: Line[] = [];
  const stack: Array<{ depth: number; line: Line }> = [];
  for (let r = 6; ; r++) {
    const marker = String(ws.getCell(r, 1).value ?? '');
    if (marker === 'JUMLAH' || marker === '') break;
    const line: Line = { marker, name: String(ws.getCell(r, 2).value), pagu: Number(ws.getCell(r, 3).value), realisasi: Number(ws.getCell(r, 4).value), children: [] };
    const depth = depthOf(marker);
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].line.children : roots).push(line);
    stack.push({ depth, line });
  }
  return roots;
}

/** Sum over the leaves under a line (the line itself when it has none). */
function leafSum(line: Line, field: 'pagu' | 'realisasi'): number {
  return line.children.length === 0 ? line[field] : line.children.reduce((a, c) => a + leafSum(c, field), 0);
}

function flatten(lines: Line[], maxDepth: number, depth = 0): Line[] {
  return lines.flatMap((l) => (depth > maxDepth ? [] : [l, ...flatten(l.children, maxDepth, depth + 1)]));
}

// ---------- reading the recalculated workbook ----------

function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result;
  return v;
}

/** Data rows of a generated budget sheet: from under the column-number row until JUMLAH. */
function budgetRows(ws: ExcelJS.Worksheet): Array<{ marker: string; name: string; pagu: unknown; realisasi: unknown; capaian: unknown; row: number }> {
  const rows = [];
  let start = 1;
  while (!(ws.getCell(start, 1).value === 1 && ws.getCell(start, 2).value === 2)) start++;
  for (let r = start + 1; String(ws.getCell(r, 1).value) !== 'JUMLAH'; r++) {
    rows.push({
      marker: String(ws.getCell(r, 1).value), name: String(ws.getCell(r, 2).value),
      pagu: resultOf(ws.getCell(r, 3)), realisasi: resultOf(ws.getCell(r, 4)), capaian: resultOf(ws.getCell(r, 5)), row: r,
    });
  }
  return rows;
}

function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`'${text}' tidak ada di ${ws.name}`);
}

const describeLo = hasSoffice ? describe : inCI ? describe : describe.skip;

describeLo('LibreOffice recalculation of the generated sheets', () => {
  let recalculated: ExcelJS.Workbook;
  let budget: Line[];
  let generatedSheets: string[];

  beforeAll(async () => {
    if (!hasSoffice) throw new Error('CI=true tetapi LibreOffice (soffice) tidak terpasang.');
    budget = await sampleBudget();
    // Generate through the CLI, in memory.
    const files = new Map<string, Uint8Array>([['contoh.xlsx', new Uint8Array(EXAMPLE)]]);
    const io: CliIO = {
      stdout: () => undefined, stderr: (s) => { throw new Error(s); },
      readFile: async (p) => files.get(p)!, writeFile: async (p, d) => { files.set(p, d); },
    };
    expect(await runSusun(['contoh.xlsx', '-o', 'hasil.xlsx'], io)).toBe(0);
    // One more generated sheet whose capaian covers every kategori band and its edges, and a Tabel 3.8
    // of 2 000 programs, whose sums are SUBTOTALs (a SUM of them would pass 8 192 characters).
    const { table: _table, ...uji } = planTabel32(kategoriCases, { settings: DEFAULT_SETTINGS }).plan;
    const { table: _t38, ...wide } = planTabel38(budgetTable(wideBudgetLines(2_000))).plan;
    const written = await writeInputSheetsToPackage(files.get('hasil.xlsx')!, [
      { ...uji, name: 'Uji Kategori' },
      { ...wide, name: 'Uji SUBTOTAL' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(written.bytes) as unknown as ExcelJS.Buffer);
    generatedSheets = wb.worksheets.map((w) => w.name).filter((n) => !['Anggaran', 'Kinerja', 'SKM'].includes(n));

    const profile = makeLibreOfficeProfile();
    const work = mkdtempSync(path.join(os.tmpdir(), 'sakip-lo-'));
    try {
      const input = path.join(work, 'tersusun.xlsx');
      writeFileSync(input, written.bytes);
      const outDir = path.join(work, 'hitung');
      const run = spawnSync('soffice', [profile.arg, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, input], { encoding: 'utf8', timeout: 170_000 });
      if (run.status !== 0) throw new Error(`soffice gagal: ${run.stderr}`);
      recalculated = new ExcelJS.Workbook();
      await recalculated.xlsx.load(readFileSync(path.join(outDir, 'tersusun.xlsx')) as unknown as ExcelJS.Buffer);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(profile.dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('recalculates every generated sheet without an error value', () => {
    expect(generatedSheets).toEqual(expect.arrayContaining(['Tabel 3.2', 'Tabel 3.8', 'Tabel 3.9', 'Tabel 3.10', 'Catatan Pemeriksaan']));
    const errors: string[] = [];
    let formulas = 0;
    for (const name of generatedSheets) {
      recalculated.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (v === null || typeof v !== 'object' || !('formula' in v)) return;
          formulas++;
          const result = (v as ExcelJS.CellFormulaValue).result;
          if (result !== null && typeof result === 'object' && 'error' in result) errors.push(`${name}!${cell.address} ${JSON.stringify(result)}`);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });

  it('Tabel 3.8: every line’s pagu and realisasi equal the sums over its budget lines, to the rupiah; capaian to 0,01 point', () => {
    const rows = budgetRows(recalculated.getWorksheet('Tabel 3.8')!);
    const lines = flatten(budget, 3);
    expect(rows.map((r) => r.name)).toEqual(lines.map((l) => l.name));
    rows.forEach((r, i) => {
      const p = leafSum(lines[i], 'pagu');
      const q = leafSum(lines[i], 'realisasi');
      expect([r.name, r.pagu, r.realisasi]).toEqual([r.name, p, q]);
      expect(Math.abs((r.capaian as number) - q / p)).toBeLessThan(POINT_01);
    });
  });

  it('Tabel 3.8: the JUMLAH row is the seed’s lines summed by hand: Rp 2.697.987.570 and Rp 2.057.445.222 (76,26%)', () => {
    const ws = recalculated.getWorksheet('Tabel 3.8')!;
    const r = findRow(ws, 1, 'JUMLAH');
    expect(resultOf(ws.getCell(r, 3))).toBe(2697987570);
    expect(resultOf(ws.getCell(r, 4))).toBe(2057445222);
    expect(Math.abs((resultOf(ws.getCell(r, 5)) as number) - 0.7626)).toBeLessThan(0.00005);
  });

  it('Tabel 3.8 of 2 000 programs, in SUBTOTALs: each program 1 000·p + 1, JUMLAH 1 000·Σp + 2 000 (Σp = 2 001 000)', () => {
    const ws = recalculated.getWorksheet('Uji SUBTOTAL')!;
    const rows = budgetRows(ws);
    const programs = rows.filter((r) => /^[IVXLCDM]+$/.test(r.marker));
    expect(programs).toHaveLength(2_000);
    programs.forEach((r, i) => expect([r.name, r.pagu, r.realisasi]).toEqual([`PROGRAM ${i + 1}`, 1_000 * (i + 1) + 1, 900 * (i + 1) + 1]));
    const j = findRow(ws, 1, 'JUMLAH');
    expect(resultOf(ws.getCell(j, 3))).toBe(2_001_002_000);
    expect(resultOf(ws.getCell(j, 4))).toBe(1_800_902_000);
  });

  it('Tabel 3.10: each program and kegiatan equal the sums over its budget lines', () => {
    const rows = budgetRows(recalculated.getWorksheet('Tabel 3.10')!);
    const lines = flatten(budget, 1);
    expect(rows.map((r) => r.name)).toEqual(lines.map((l) => l.name));
    rows.forEach((r, i) => {
      const p = leafSum(lines[i], 'pagu');
      const q = leafSum(lines[i], 'realisasi');
      expect([r.name, r.pagu, r.realisasi]).toEqual([r.name, p, q]);
      expect(Math.abs((r.capaian as number) - q / p)).toBeLessThan(POINT_01);
    });
  });

  it('Tabel 3.9: each sasaran’s budget and efficiency (selisih) match the programs the seed’s Tabel 3.6 puts under it', () => {
    const ws = recalculated.getWorksheet('Tabel 3.9')!;
    const program = (marker: string) => budget.find((l) => l.marker === marker)!;
    // Seed Tabel 3.6: sasaran 1.2 holds programs 1.2.1–1.2.4 (budget IV, V, VI, VIII); 2.1 holds 2.1.1 (II).
    const cases: Array<[string, string[], number]> = [
      ['Meningkatkan Fasilitasi dan Koordinasi Desa', ['IV', 'V', 'VI', 'VIII'], 1],
      ['Meningkatnya Capaian Kinerja Perangkat Daerah', ['II'], 1],
    ];
    for (const [name, markers, capaianKinerja] of cases) {
      const r = findRow(ws, 2, name);
      const pagu = markers.reduce((a, m) => a + leafSum(program(m), 'pagu'), 0);
      const real = markers.reduce((a, m) => a + leafSum(program(m), 'realisasi'), 0);
      expect([name, resultOf(ws.getCell(r, 7)), resultOf(ws.getCell(r, 8))]).toEqual([name, pagu, real]);
      expect(Math.abs((resultOf(ws.getCell(r, 6)) as number) - capaianKinerja)).toBeLessThan(POINT_01);
      expect(Math.abs((resultOf(ws.getCell(r, 9)) as number) - real / pagu)).toBeLessThan(POINT_01);
      expect(Math.abs((resultOf(ws.getCell(r, 10)) as number) - (capaianKinerja - real / pagu))).toBeLessThan(POINT_01);
    }
    // Sasaran 1.1: SKM 81 of 82 (98,78% in the seed); its only program has no budget, so no efficiency.
    const r = findRow(ws, 2, 'Meningkatnya Mutu Layanan Publik');
    expect(Math.abs((resultOf(ws.getCell(r, 6)) as number) - 0.9878)).toBeLessThan(0.00005);
    expect(resultOf(ws.getCell(r, 9))).toBe('-');
    // An empty-text result reads back from LibreOffice's file as no value.
    expect(['', undefined, null]).toContain(resultOf(ws.getCell(r, 10)));
  });

  it('Tabel 3.9: each program row’s efficiency is its capaian kinerja minus its capaian anggaran', () => {
    const ws = recalculated.getWorksheet('Tabel 3.9')!;
    for (const [name, marker] of [
      ['Program Penyelenggaraan Urusan Pemerintahan Umum', 'VI'],
      ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'II'],
    ] as const) {
      const line = budget.find((l) => l.marker === marker)!;
      const r = findRow(ws, 2, name);
      const ca = leafSum(line, 'realisasi') / leafSum(line, 'pagu');
      expect(Math.abs((resultOf(ws.getCell(r, 10)) as number) - (1 - ca))).toBeLessThan(POINT_01);
    }
  });

  it('Tabel 3.2: capaian of the seed’s IKU (81/82 = 98,78%; BB of BB = 100%) and kategori as the core scale gives', () => {
    const ws = recalculated.getWorksheet('Tabel 3.2')!;
    const expected: Array<[string, number]> = [
      ['Meningkatkan Pelayanan Publik di Kecamatan', 81 / 82],
      ['Meningkatnya Mutu Layanan Publik', 81 / 82],
      ['Meningkatkan Fasilitasi dan Koordinasi Desa', 1],
      ['Meningkatnya Akuntabilitas Kinerja Perangkat Daerah', 1],
      ['Meningkatnya Capaian Kinerja Perangkat Daerah', 1],
    ];
    for (const [name, capaian] of expected) {
      const r = findRow(ws, 2, name);
      expect(Math.abs((resultOf(ws.getCell(r, 6)) as number) - capaian)).toBeLessThan(POINT_01);
      expect([name, resultOf(ws.getCell(r, 7))]).toEqual([name, 'Sangat Tinggi']);
    }
    const avg = findRow(ws, 1, 'Rata-Rata Capaian Kinerja');
    const mean = expected.reduce((a, [, c]) => a + c, 0) / expected.length;
    expect(Math.abs((resultOf(ws.getCell(avg, 6)) as number) - mean)).toBeLessThan(POINT_01);
  });

  it('Tabel 3.3–3.5: the seed’s comparisons (80/81 = 98,77%; kemajuan 81/85 = 95,29%; standar 81/87 = 93,10%)', () => {
    const name = 'Meningkatnya Mutu Layanan Publik';
    const t33 = recalculated.getWorksheet('Tabel 3.3')!;
    expect(Math.abs((resultOf(t33.getCell(findRow(t33, 2, name), 6)) as number) - 0.9877)).toBeLessThan(0.00005);
    const t34 = recalculated.getWorksheet('Tabel 3.4')!;
    expect(Math.abs((resultOf(t34.getCell(findRow(t34, 2, name), 6)) as number) - 0.9529)).toBeLessThan(0.00005);
    const t35 = recalculated.getWorksheet('Tabel 3.5')!;
    expect(Math.abs((resultOf(t35.getCell(findRow(t35, 2, name), 6)) as number) - 0.9310)).toBeLessThan(0.00005);
  });

  it('kategori: the built-in formula gives the same label as the core scale in every band and at the edges', () => {
    const ws = recalculated.getWorksheet('Uji Kategori');
    expect(recalculated.worksheets.map((w) => w.name)).toContain('Uji Kategori');
    if (!ws) return;
    for (const [name, target, realisasi] of KATEGORI_CASES) {
      const r = findRow(ws, 2, name);
      // ExcelJS reads a cached result of 0 back as no result.
      const capaian = (resultOf(ws.getCell(r, 6)) ?? 0) as number;
      expect(Math.abs(capaian - realisasi / target)).toBeLessThan(POINT_01);
      const core = kategoriCapaian(new Decimal(realisasi).div(target));
      expect([name, resultOf(ws.getCell(r, 7))]).toEqual([name, core]);
    }
  });
});

/** Target 10000 and a realisasi per case: capaian 90,995% rounds to 91,00 (Sangat Tinggi), 90,994% does not. */
const KATEGORI_CASES: Array<[string, number, number]> = [
  ['di atas 100', 10000, 12000],
  ['tepat 91', 10000, 9100],
  ['90,995 dibulatkan 91', 10000, 9099.5],
  ['90,994', 10000, 9099.4],
  ['tepat 76', 10000, 7600],
  ['75,5 di celah', 10000, 7550],
  ['tepat 66', 10000, 6600],
  ['tepat 51', 10000, 5100],
  ['50,99', 10000, 5099],
  ['nol', 10000, 0],
];

const kategoriCases = indicatorTable(
  KATEGORI_CASES.map(([name, target, realisasi]) => ({ level: 'sasaran' as const, name, target: String(target), realisasi: String(realisasi) })),
  'Uji',
);
