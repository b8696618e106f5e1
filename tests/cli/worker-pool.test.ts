import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inWorkers } from '../../src/cli/worker-pool';

const SCRIPT = join(__dirname, 'pool-worker.js');

interface Out {
  input: number | string;
  doubled?: number;
  lost?: string;
}

async function all(
  inputs: Array<number | string>,
  size: number,
  window: number,
  delays: Record<number, number> = {},
) {
  const outputs: Out[] = [];
  const progress: number[] = [];
  for await (const o of inWorkers<number | string, Out>(inputs, {
    script: SCRIPT,
    size,
    window,
    workerData: { delays },
    lost: (input, reason) => ({ input, lost: reason }),
    onProgress: (done) => progress.push(done),
  })) {
    outputs.push(o);
  }
  return { outputs, progress };
}

describe('inWorkers', () => {
  jest.setTimeout(30_000);

  it('yields every output in the inputs’ order, also when an early input is the slowest', async () => {
    const { outputs, progress } = await all([0, 1, 2, 3, 4, 5, 6, 7], 3, 8, { 0: 300 });
    expect(outputs.map((o) => o.doubled)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('hands out no input more than `window` places ahead of the oldest one not yet done', async () => {
    // Input 0 waits for a gate file; with a window of 2 the other thread does input 1 and then waits too.
    const dir = mkdtempSync(join(tmpdir(), 'sakip-pool-'));
    const gate = join(dir, 'buka');
    let done = 0;
    let doneWhileHeld = -1;
    const outputs: Out[] = [];
    try {
      for await (const o of inWorkers<number, Out>([0, 1, 2, 3, 4], {
        script: SCRIPT,
        size: 2,
        window: 2,
        workerData: { gate },
        lost: (input, reason) => ({ input, lost: reason }),
        onProgress: (d) => {
          done = d;
          if (d === 1)
            setTimeout(() => {
              doneWhileHeld = done;
              writeFileSync(gate, '');
            }, 300);
        },
      }))
        outputs.push(o);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Without the window the free thread would have done inputs 2, 3 and 4 meanwhile.
    expect(doneWhileHeld).toBe(1);
    expect(outputs.map((o) => o.doubled)).toEqual([0, 2, 4, 6, 8]);
  });

  it('loses only the input of a thread that dies, and goes on with a new thread', async () => {
    const { outputs } = await all([1, 'pecah', 2, 3, 'pecah', 4], 2, 8);
    expect(outputs.map((o) => o.doubled ?? o.lost)).toEqual([2, 'pekerja pecah', 4, 6, 'pekerja pecah', 8]);
  });

  it('starts no thread for no input, and at most one per input', async () => {
    expect((await all([], 4, 8)).outputs).toEqual([]);
    expect((await all([5], 4, 8)).outputs.map((o) => o.doubled)).toEqual([10]);
  });

  it('ends its threads when the caller stops early', async () => {
    const pool = inWorkers<number, Out>([1, 2, 3, 4], {
      script: SCRIPT,
      size: 2,
      window: 4,
      lost: (input, reason) => ({ input, lost: reason }),
    });
    const first = await pool.next();
    expect(first.value).toMatchObject({ doubled: 2 });
    // return() runs the pool's cleanup; the test would hang on live threads otherwise.
    await expect(pool.return(undefined)).resolves.toEqual({ done: true, value: undefined });
  });
});
