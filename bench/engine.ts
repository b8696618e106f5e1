import { readFileSync } from 'node:fs';
import { syntheticWorkbook, type SyntheticLayout } from './synthetic-workbook';
import { median } from './median';
import { loadXlsx } from '../src/xlsx/read-workbook';
import { recogniseWorkbook } from '../src/core/recognise/recognise-workbook';
import { checkWorkbook } from '../src/core/checks/check-workbook';
import { planSheets } from '../src/core/plan/plan-sheets';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { WorkbookSnapshot } from '../src/core/snapshot';

function msSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Recognise, check and plan, each timed, `runs` times after one warm-up run; every run works on a
 * model of its own, as `periksa` and `susun` do, so nothing a check or planner keeps per table (number
 * columns, budget lines, leaf sums) carries over from one run to the next.
 */
export function engineFigures(snapshot: WorkbookSnapshot, runs: number) {
  let model = recogniseWorkbook(snapshot);
  let findings = checkWorkbook(model, DEFAULT_SETTINGS);
  planSheets(model, findings, DEFAULT_SETTINGS);
  const times = { recognise: [] as number[], check: [] as number[], plan: [] as number[] };
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    model = recogniseWorkbook(snapshot);
    times.recognise.push(msSince(t0));
    t0 = process.hrtime.bigint();
    findings = checkWorkbook(model, DEFAULT_SETTINGS);
    times.check.push(msSince(t0));
    t0 = process.hrtime.bigint();
    planSheets(model, findings, DEFAULT_SETTINGS);
    times.plan.push(msSince(t0));
  }
  const recogniseMs = median(times.recognise);
  const checkMs = median(times.check);
  const planMs = median(times.plan);
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return {
    recogniseMs,
    checkMs,
    planMs,
    totalMs: recogniseMs + checkMs + planMs,
    findingsByRule: byRule,
    runs: times,
  };
}

/**
 * The engine alone, for profiling and for comparing builds: `npm run bench:engine -- [lkjip|sipd] [N]
 * [RUNS] [FILE.xlsx]` (a synthetic workbook of N lines, or FILE), read as the benchmark's (c) reads it.
 * Prints each run's stages and their medians; run it under `node --cpu-prof` for a profile.
 */
async function cli(args: string[]): Promise<void> {
  const [layout = 'lkjip', size = '100000', runs = '5', file] = args;
  const data =
    file !== undefined
      ? new Uint8Array(readFileSync(file))
      : new Uint8Array(
          await syntheticWorkbook(Number(size), layout as SyntheticLayout).workbook.xlsx.writeBuffer(),
        );
  const { snapshot } = await loadXlsx(data);
  const e = engineFigures(snapshot, Math.max(1, Number(runs)));
  e.runs.recognise.forEach((r, i) =>
    console.log(
      `recognise ${r.toFixed(0)} check ${e.runs.check[i].toFixed(0)} plan ${e.runs.plan[i].toFixed(0)} ms`,
    ),
  );
  console.log(
    `median: recognise ${e.recogniseMs.toFixed(0)} check ${e.checkMs.toFixed(0)} plan ${e.planMs.toFixed(0)} total ${e.totalMs.toFixed(0)} ms`,
  );
}

if (require.main === module)
  cli(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
