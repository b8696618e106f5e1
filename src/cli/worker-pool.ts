import { Worker } from 'node:worker_threads';
import { REKAP_CLI } from '../core/messages/rekap';

/** How a pool of worker threads runs: the module each thread starts, how many, and what they are given. */
export interface PoolOptions<I, O> {
  /**
   * The worker module: it answers each message `{ id, input }` with `{ id, output }`, one at a time.
   * A `.ts` path (the sources run by ts-jest) is loaded through a compiler hook, see startWorker.
   */
  script: string;
  /** Threads to start (at most one per input). */
  size: number;
  /** Given to every thread when it starts (`workerData`). */
  workerData?: unknown;
  /**
   * Results that may wait for an earlier, slower one before no more inputs are handed out: what the
   * pool holds at most, so its memory is bounded by this and the threads, not by the inputs.
   */
  window: number;
  /** The output for an input whose thread ended without answering (it crashed or ran out of memory). */
  lost: (input: I, reason: string) => O;
  /** Called after each input is done, with the count done so far (for a progress line). */
  onProgress?: (done: number) => void;
}

/**
 * Runs every input through a pool of worker threads and yields the outputs in the inputs' order, each
 * as soon as it and all before it are done. A thread that dies (uncaught error, out of memory) costs
 * only the input it held, whose output is `lost(input, reason)`; a new thread takes over the rest.
 * The threads end when the last output is yielded or the caller stops early.
 * Example: `for await (const outcome of inWorkers(files, { script, size: 4, window: 16, lost })) …`.
 */
export async function* inWorkers<I, O>(inputs: readonly I[], options: PoolOptions<I, O>): AsyncGenerator<O> {
  interface Slot {
    worker: Worker;
    job?: number;
    failure?: string;
  }
  const results = new Map<number, O>();
  const slots = new Set<Slot>();
  let next = 0;
  let yielded = 0;
  let done = 0;
  let closing = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const finish = (id: number, output: O) => {
    results.set(id, output);
    options.onProgress?.(++done);
  };
  const dispatch = (slot: Slot) => {
    if (next >= inputs.length || next >= yielded + Math.max(1, options.window)) {
      slot.job = undefined;
      return;
    }
    slot.job = next++;
    slot.worker.postMessage({ id: slot.job, input: inputs[slot.job] });
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(options.script, options.workerData) };
    slot.worker.on('message', (m: { id: number; output: O }) => {
      finish(m.id, m.output);
      dispatch(slot);
      notify();
    });
    slot.worker.on('error', (e) => {
      slot.failure = e.message;
    });
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      if (closing) return;
      if (slot.job !== undefined)
        finish(slot.job, options.lost(inputs[slot.job], slot.failure ?? REKAP_CLI.kodeKeluar(code)));
      if (next < inputs.length) dispatch(spawn());
      notify();
    });
    slots.add(slot);
    return slot;
  };

  try {
    const size = Math.min(Math.max(1, options.size), inputs.length);
    for (let i = 0; i < size; i++) dispatch(spawn());
    while (yielded < inputs.length) {
      if (!results.has(yielded)) {
        await new Promise<void>((ok) => (wake = ok));
        continue;
      }
      const output = results.get(yielded) as O;
      results.delete(yielded);
      yielded++;
      // The window moved on: threads that waited for it get their next input.
      for (const slot of slots) if (slot.job === undefined) dispatch(slot);
      yield output;
    }
  } finally {
    closing = true;
    await Promise.all([...slots].map((s) => s.worker.terminate()));
  }
}

/**
 * A worker thread for `script`: the compiled .js directly. Under ts-jest the command line runs from its
 * TypeScript sources, which a thread cannot load; the thread then compiles each .ts module as it is
 * required (typescript's transpileModule — the compiler is a development dependency, present wherever
 * the sources run).
 */
function startWorker(script: string, workerData: unknown): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, { workerData });
  const loader = `
    const ts = require(${JSON.stringify(require.resolve('typescript'))});
    const fs = require('fs');
    require.extensions['.ts'] = (module, filename) => {
      const source = fs.readFileSync(filename, 'utf8');
      const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
      module._compile(ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText, filename);
    };
    require(${JSON.stringify(script)});
  `;
  return new Worker(loader, { eval: true, workerData });
}
