import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng, syntheticWorkbook, type SyntheticLayout } from './synthetic-workbook';

/**
 * The rekap benchmark (issue 22): `sakip periksa FOLDER --rekap REKAP.xlsx` over a folder of generated
 * unit workbooks, with one worker thread and with one per core, each run in a fresh process
 * (bench/child.ts `rekap`) for its wall-clock time and peak memory (maxRSS: the process with its
 * threads).
 *
 * The units' sizes follow what a kabupaten's units keep: six in ten are kecamatan-sized (80–400 account
 * lines), a third dinas-sized (400–3 000), one in twenty a large dinas or RSUD (3 000–10 000), drawn
 * log-uniformly within each band from a fixed seed; layouts alternate LKjIP markers and SIPD codes; every
 * unit has the synthetic workbook's indicator cascade and survey, and its planted mistakes; one file in
 * a hundred is cut short (unreadable), as a reviewer's folder has.
 */

export interface RekapRun {
  workers: number;
  ms: number;
  /** CPU time of the process and its threads: unlike `ms`, not inflated by other work on the machine. */
  cpuMs: number;
  filesPerSecond: number;
  maxRssMb: number;
  exit: number;
}

export interface RekapFigures {
  files: number;
  unreadable: number;
  lines: { total: number; median: number; max: number };
  generateMs: number;
  cores: number;
  runs: RekapRun[];
  /** Files per second with one per core ÷ with one worker. */
  scaling: number;
  /** Time for 25 000 files at the per-core rate measured here, in seconds. */
  nationalSeconds: number;
  /** CPU time per file with one worker, in ms: 25 000 files need 25 000 × this of CPU. */
  cpuMsPerFile: number;
}

/** Account lines of the n-th unit: the bands above, log-uniform within a band. */
function unitLines(rnd: () => number): number {
  const band = rnd();
  const [lo, hi] = band < 0.6 ? [80, 400] : band < 0.95 ? [400, 3_000] : [3_000, 10_000];
  return Math.round(lo * Math.pow(hi / lo, rnd()));
}

/** Writes `count` unit workbooks into `folder`; returns their line counts and how many were cut short. */
async function writeUnits(folder: string, count: number): Promise<{ lines: number[]; unreadable: number }> {
  mkdirSync(folder, { recursive: true });
  const rnd = prng(20240101);
  const lines: number[] = [];
  let unreadable = 0;
  for (let i = 1; i <= count; i++) {
    const n = unitLines(rnd);
    lines.push(n);
    const layout: SyntheticLayout = i % 2 === 0 ? 'sipd' : 'lkjip';
    const kind = n < 400 ? 'Kecamatan' : 'Dinas';
    const { workbook } = syntheticWorkbook(n, layout, 1000 + i, `${kind} Sintetis ${i}`);
    let bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    if (i % 100 === 50) {
      bytes = bytes.subarray(0, Math.floor(bytes.length / 2));
      unreadable++;
    }
    writeFileSync(join(folder, `unit-${String(i).padStart(5, '0')}.xlsx`), bytes);
  }
  return { lines, unreadable };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Generates the folder, then runs the rekap `runs` times with each worker count (1, then `cores`),
 * alternating, and gives the medians. The files are generated once; their writing is timed apart.
 */
export async function rekapBench(
  work: string,
  count: number,
  cores: number,
  runs: number,
  child: string,
): Promise<RekapFigures> {
  const folder = join(work, 'unit');
  const t0 = process.hrtime.bigint();
  const { lines, unreadable } = await writeUnits(folder, count);
  const generateMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const counts = cores > 1 ? [1, cores] : [1];
  const measured = new Map<number, RekapRun[]>(counts.map((w) => [w, []]));
  const out = join(work, 'rekap.xlsx');
  for (let r = 0; r < runs; r++) {
    for (const workers of counts) {
      if (existsSync(out)) unlinkSync(out);
      const line = execFileSync(process.execPath, [child, 'rekap', folder, out, String(workers)], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      const fig = JSON.parse(line.trim().split('\n').pop() as string) as {
        ms: number;
        cpuMs: number;
        maxRssMb: number;
        exit: number;
      };
      measured.get(workers)?.push({ workers, ...fig, filesPerSecond: (count * 1000) / fig.ms });
      process.stderr.write(`rekap ${count} berkas, ${workers} pekerja: ${(fig.ms / 1000).toFixed(1)} s\n`);
    }
  }
  const summary = counts.map((workers) => {
    const rs = measured.get(workers) as RekapRun[];
    const ms = median(rs.map((x) => x.ms));
    return {
      workers,
      ms,
      cpuMs: median(rs.map((x) => x.cpuMs)),
      filesPerSecond: (count * 1000) / ms,
      maxRssMb: median(rs.map((x) => x.maxRssMb)),
      exit: rs[0].exit,
    };
  });
  const best = summary[summary.length - 1];
  return {
    files: count,
    unreadable,
    lines: { total: lines.reduce((a, n) => a + n, 0), median: median(lines), max: Math.max(...lines) },
    generateMs,
    cores,
    runs: summary,
    scaling: best.filesPerSecond / summary[0].filesPerSecond,
    nationalSeconds: 25_000 / best.filesPerSecond,
    cpuMsPerFile: summary[0].cpuMs / count,
  };
}
