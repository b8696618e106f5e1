import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticWorkbook, type PlantedCounts, type SyntheticLayout } from './synthetic-workbook';
import { loadXlsx } from '../src/xlsx/read-workbook';
import { engineFigures } from './engine';
import { median } from './median';
import { measureAdapter } from './adapter-syncs';
import { rekapBench, type RekapFigures } from './rekap';
import { coreCount } from '../src/cli/periksa-banyak';

/**
 * `npm run bench`: the figures of the benchmark issue, side by side for each size N and layout.
 * (a) ExcelJS floor: read; read + write back; beside it periksa's own reader (readSnapshot). (b) `sakip periksa` / `sakip susun` end to end.
 * (c) the engine alone on an in-memory snapshot. (d) peak memory of (a) and (b), each in its own process.
 * (e) custom functions per call. (f) Office adapter syncs and bytes per sync (recording fake).
 * (g) the rekap of many units: `sakip periksa FOLDER --rekap` over BENCH_REKAP_FILES generated unit
 * workbooks (default 500; 0 leaves it out) with one worker thread and with one per core (bench/rekap.ts).
 * Medians of RUNS runs. Sizes from BENCH_SIZES (default 1000,10000,50000,100000; 0 leaves (a)–(f) out).
 */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** Unit workbooks of the rekap benchmark (g); 0 leaves it out. */
const REKAP_FILES = Number(process.env.BENCH_REKAP_FILES ?? 500);
const LAYOUTS = (process.env.BENCH_LAYOUTS ?? 'lkjip,sipd').split(',') as SyntheticLayout[];
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CHILD = join(__dirname, 'child.js');

interface ChildFigure {
  ms: number;
  maxRssMb: number;
}

/** Runs one operation RUNS times, each in a fresh process; medians of time and peak memory. */
function child(mode: string, file: string, out: string): ChildFigure {
  const runs: ChildFigure[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (existsSync(out)) unlinkSync(out);
    const line = execFileSync(process.execPath, [CHILD, mode, file, out], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    runs.push(JSON.parse(line.trim().split('\n').pop()!) as ChildFigure);
  }
  return { ms: median(runs.map((r) => r.ms)), maxRssMb: median(runs.map((r) => r.maxRssMb)) };
}

/**
 * (e) in a fresh process, as Excel's custom-functions runtime runs them: after the engine has run on
 * 100 000 lines in this process, decimal.js's code is tuned for other shapes and per-call times double.
 */
function functionsInChild(): { capaianUs: number; kategoriUs: number; ikm1000x9Ms: number } {
  const runs = Array.from({ length: RUNS }, () => {
    const out = execFileSync(process.execPath, [CHILD, 'functions'], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as {
      capaianUs: number;
      kategoriUs: number;
      ikm1000x9Ms: number;
    };
  });
  return {
    capaianUs: median(runs.map((r) => r.capaianUs)),
    kategoriUs: median(runs.map((r) => r.kategoriUs)),
    ikm1000x9Ms: median(runs.map((r) => r.ikm1000x9Ms)),
  };
}

/** Whether the engine found exactly the planted ANG-01, ANG-02 and ANG-03 mistakes. */
function plantedFound(planted: PlantedCounts, byRule: Record<string, number>): boolean {
  return (
    (byRule['ANG-01'] ?? 0) === planted.parentSum &&
    (byRule['ANG-02'] ?? 0) === planted.statedCapaian &&
    (byRule['ANG-03'] ?? 0) === planted.overspend
  );
}

function fmt(n: number, d = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sakip-bench-'));
  const rows: Array<Record<string, unknown>> = [];
  let rekap: RekapFigures | undefined;
  try {
    if (REKAP_FILES > 0) rekap = await rekapBench(dir, REKAP_FILES, coreCount(), RUNS, CHILD);
    for (const layout of LAYOUTS) {
      for (const n of SIZES) {
        const synthetic = syntheticWorkbook(n, layout);
        const file = join(dir, `sintetis-${layout}-${n}.xlsx`);
        writeFileSync(file, new Uint8Array(await synthetic.workbook.xlsx.writeBuffer()));
        const out = join(dir, `hasil-${layout}-${n}.xlsx`);
        const floorRead = child('floor-read', file, out);
        const floorReadWrite = child('floor-readwrite', file, out);
        const sakipRead = child('sakip-read', file, out);
        const periksa = child('periksa', file, out);
        const susun = child('susun', file, out);
        const { snapshot } = await loadXlsx(new Uint8Array(readFileSync(file)));
        const engine = engineFigures(snapshot, RUNS);
        const adapter = await measureAdapter(snapshot);
        const row = {
          layout,
          n,
          planted: synthetic.planted,
          floorReadMs: floorRead.ms,
          floorReadWriteMs: floorReadWrite.ms,
          sakipReadMs: sakipRead.ms,
          periksaMs: periksa.ms,
          susunMs: susun.ms,
          periksaOverRead: periksa.ms / floorRead.ms,
          susunOverReadWrite: susun.ms / floorReadWrite.ms,
          floorReadMb: floorRead.maxRssMb,
          sakipReadMb: sakipRead.maxRssMb,
          floorReadWriteMb: floorReadWrite.maxRssMb,
          periksaMb: periksa.maxRssMb,
          susunMb: susun.maxRssMb,
          susunMemOverFloor: susun.maxRssMb / floorReadWrite.maxRssMb,
          engine,
          adapter,
        };
        rows.push(row);
        process.stderr.write(`${layout} ${n}: selesai\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const fns = functionsInChild();

  const head = [
    'layout',
    'N',
    'read',
    'read+write',
    'baca sakip',
    'periksa',
    'susun',
    'p/read',
    's/rw',
    'engine',
    'rss floor',
    'rss susun',
    'syncs baca+tulis/min',
    'baca+ujung',
    'max req KB',
    'max resp KB',
    'temuan',
  ];
  const table = rows.map((r) => {
    const e = r.engine as ReturnType<typeof engineFigures>;
    const a = r.adapter as Awaited<ReturnType<typeof measureAdapter>>;
    return [
      r.layout,
      fmt(r.n as number),
      `${fmt(r.floorReadMs as number)} ms`,
      `${fmt(r.floorReadWriteMs as number)} ms`,
      `${fmt(r.sakipReadMs as number)} ms`,
      `${fmt(r.periksaMs as number)} ms`,
      `${fmt(r.susunMs as number)} ms`,
      fmt(r.periksaOverRead as number, 2),
      fmt(r.susunOverReadWrite as number, 2),
      `${fmt(e.totalMs)} ms`,
      `${fmt(r.floorReadWriteMb as number)} MB`,
      `${fmt(r.susunMb as number)} MB`,
      `${a.readSyncs}+${a.writeSyncs}/${a.fewestWriteSyncs}${a.refusedResponses > 0 ? ` (${a.refusedResponses} ditolak)` : ''}`,
      String(a.strayReadSyncs),
      fmt(a.maxRequestBytes / 1024),
      fmt(a.maxResponseBytes / 1024),
      plantedFound(r.planted as PlantedCounts, e.findingsByRule) ? 'cocok' : 'BEDA',
    ].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  if (rows.length > 0) {
    console.log(line(head));
    for (const t of table) console.log(line(t));
  }
  console.log(
    `\nCAPAIAN ${fmt(fns.capaianUs, 3)} µs/panggilan, KATEGORI ${fmt(fns.kategoriUs, 3)} µs/panggilan, IKM 1000×9 ${fmt(fns.ikm1000x9Ms, 3)} ms`,
  );

  const growth: Record<string, number> = {};
  for (const layout of LAYOUTS) {
    const a = rows.find((r) => r.layout === layout && r.n === 10_000);
    const b = rows.find((r) => r.layout === layout && r.n === 100_000);
    if (a && b) {
      const ta = (a.engine as ReturnType<typeof engineFigures>).totalMs;
      const tb = (b.engine as ReturnType<typeof engineFigures>).totalMs;
      growth[layout] = Math.log(tb / ta) / Math.log(10);
      console.log(`Eksponen pertumbuhan mesin ${layout} (10 000 → 100 000 baris): ${fmt(growth[layout], 2)}`);
    }
  }
  if (rekap) {
    console.log(
      `\nRekap ${fmt(rekap.files)} berkas (${rekap.unreadable} terpotong; ${fmt(rekap.lines.total)} baris rekening, ` +
        `median ${fmt(rekap.lines.median)}, terbesar ${fmt(rekap.lines.max)}; dibuat dalam ${fmt(rekap.generateMs / 1000, 1)} s), ` +
        `${rekap.cores} inti:`,
    );
    for (const r of rekap.runs)
      console.log(
        `  ${r.workers} pekerja: ${fmt(r.ms / 1000, 1)} s (CPU ${fmt(r.cpuMs / 1000, 1)} s), ${fmt(r.filesPerSecond, 2)} berkas/s, RSS puncak ${fmt(r.maxRssMb)} MB, kode keluar ${r.exit}`,
      );
    console.log(
      `  rasio ${fmt(rekap.scaling, 2)} ×; 25 000 berkas pada laju ini: ${fmt(rekap.nationalSeconds / 60, 0)} menit; ` +
        `CPU ${fmt(rekap.cpuMsPerFile)} ms per berkas`,
    );
  }
  console.log(`BENCH ${JSON.stringify({ runs: RUNS, rows, functions: fns, growthExponent: growth, rekap })}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
