'use strict';
/**
 * A stand-in worker for tests/cli/worker-pool.test.ts, following the pool's protocol: answers
 * `{ id, input }` with `{ id, output }`. Input `n` → output `{ input: n, doubled: 2n }` after
 * `workerData.delays[n]` ms (0 if none); input 0 waits, when `workerData.gate` names a file, until that
 * file exists; `"pecah"` throws outside any handler, which ends the thread.
 */
const { existsSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');

const options = workerData || {};

parentPort.on('message', ({ id, input }) => {
  if (input === 'pecah') {
    setImmediate(() => {
      throw new Error('pekerja pecah');
    });
    return;
  }
  const reply = () => parentPort.postMessage({ id, output: { input, doubled: input * 2 } });
  if (input === 0 && options.gate) {
    const wait = setInterval(() => {
      if (!existsSync(options.gate)) return;
      clearInterval(wait);
      reply();
    }, 10);
    return;
  }
  setTimeout(reply, (options.delays && options.delays[input]) || 0);
});
