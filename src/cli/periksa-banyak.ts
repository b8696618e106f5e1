import * as os from 'node:os';
import { extname, join } from 'node:path';
import { REKAP_CLI } from '../core/messages/rekap';
import type { Rekap } from '../core/rekap/rekap';
import type { Settings } from '../core/settings';
import type { FileOutcome } from './check-file';
import { findWorkbooks } from './find-workbooks';
import type { CliIO } from './io';
import { EXIT } from './command';
import type { PeriksaWorkerData } from './periksa-worker';
import { JsonStream, rekapJson, renderRekapReport } from './report-rekap';
import { refusedRekapOutput, writeRekap } from './rekap-output';
import { inWorkers } from './worker-pool';

/** `sakip periksa` over several files or folders, as parsed. */
export interface PeriksaBanyakOptions {
  /** Files and folders as named. */
  paths: string[];
  json: boolean;
  /** The rekap workbook to write, if asked for. */
  rekap?: string;
  overwrite: boolean;
  /** Worker threads; one per core when omitted. */
  workers?: number;
  settings: Settings;
}

/** The worker module beside this one: compiled .js, or the .ts source where the sources run (tests). */
const WORKER_SCRIPT = join(__dirname, `periksa-worker${extname(__filename)}`);

/** Results a pool may hold waiting for a slower earlier file, per thread. */
const WINDOW_PER_WORKER = 4;

/** One thread per core the process may use. */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * `sakip periksa A.xlsx B.xlsx FOLDER/ … [--json] [--rekap REKAP.xlsx] [--timpa] [--pekerja N]`
 * (DESIGN.md §9): every workbook found is checked on a pool of worker threads, results streamed in the
 * order found, a progress line on a terminal; a file that cannot be read is listed with the reason and
 * the others go on. Prints the rekap report (or the §9 JSON, each file's object as soon as it is known)
 * and writes the rekap workbook when asked. Resolves to 1 when any workbook has galat, else 3 when
 * checking a file failed inside the program, else 2 when a file could not be read, else 0.
 */
export async function runPeriksaBanyak(options: PeriksaBanyakOptions, io: CliIO): Promise<number> {
  if (options.rekap !== undefined) {
    const refused = await refusedRekapOutput(options.rekap, options.overwrite, io);
    if (refused !== undefined) {
      io.stderr(`${refused}\n`);
      return EXIT.unreadable;
    }
  }
  const found = await findWorkbooks(options.paths, options.rekap);
  if (found.files.length === 0 && found.unreadable.length === 0) {
    io.stderr(`${REKAP_CLI.tidakAdaBerkas}\n`);
    return EXIT.unreadable;
  }
  const rekap: Rekap = { units: [], unreadable: [...found.unreadable], skipped: [...found.skipped] };
  const json = options.json ? new JsonStream(io.stdout) : undefined;
  for (const f of found.unreadable) json?.file(f);

  const size = Math.max(1, Math.min(options.workers ?? coreCount(), found.files.length));
  const progress = io.stderrIsTerminal === true && found.files.length > 1;
  const workerData: PeriksaWorkerData = { settings: options.settings, json: options.json };
  let internal = false;
  const outcomes = inWorkers<string, FileOutcome>(found.files, {
    script: WORKER_SCRIPT,
    size,
    workerData,
    window: size * WINDOW_PER_WORKER,
    lost: (file, reason) => ({ file, error: REKAP_CLI.pekerjaBerhenti(reason), internal: true }),
    onProgress: progress
      ? (done) => io.stderr(`\r${REKAP_CLI.progres(done, found.files.length, size)}`)
      : undefined,
  });
  for await (const outcome of outcomes) {
    if ('unit' in outcome) {
      rekap.units.push(outcome.unit);
      if (outcome.json) json?.file(outcome.json);
    } else if ('error' in outcome) {
      rekap.unreadable.push({ file: outcome.file, error: outcome.error });
      internal ||= outcome.internal === true;
      json?.file({ file: outcome.file, error: outcome.error });
    } else {
      rekap.skipped.push({ file: outcome.file, reason: outcome.skipped });
    }
  }
  // The progress line is cleared (carriage return, erase to the end of the line).
  if (progress) io.stderr('\r\u001b[K');

  let writeFailure: string | undefined;
  if (options.rekap !== undefined)
    writeFailure = await writeRekap(options.rekap, rekap, options.settings, io);
  if (json) json.end(rekap.skipped, rekapJson(rekap.units));
  else {
    io.stdout(renderRekapReport(rekap, { color: io.stdoutIsTerminal === true }));
    if (options.rekap !== undefined && writeFailure === undefined)
      io.stdout(`${REKAP_CLI.rekapDitulis(options.rekap)}\n`);
  }
  if (writeFailure !== undefined) {
    io.stderr(`${writeFailure}\n`);
    return EXIT.unreadable;
  }
  if (rekap.units.some((u) => u.galat > 0)) return EXIT.galat;
  if (internal) return EXIT.internal;
  return rekap.unreadable.length > 0 ? EXIT.unreadable : EXIT.ok;
}
