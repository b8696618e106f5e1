import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../core/settings';
import { checkFile } from './check-file';
import { processIO } from './io';

/** What every file of one run is checked with, given to each worker when it starts. */
export interface PeriksaWorkerData {
  settings: Settings;
  /** Whether each outcome carries the file's DESIGN.md §9 object (`--json`). */
  json: boolean;
}

/**
 * A worker thread of `sakip periksa` over many files: it receives file paths one at a time (see
 * worker-pool.ts), reads and checks each itself (the bytes never cross threads) and answers with the
 * file's outcome. One file at a time, so a worker holds one workbook's snapshot at most.
 */
const options = workerData as PeriksaWorkerData;
parentPort?.on('message', (job: { id: number; input: string }) => {
  void checkFile(job.input, processIO, options.settings, options.json).then((output) =>
    parentPort?.postMessage({ id: job.id, output }),
  );
});
