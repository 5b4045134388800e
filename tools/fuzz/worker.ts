// A fuzzer worker thread: runs Wyrm jobs posted by the pool (pool.ts), one at a time, so that a
// job that hangs can be stopped by terminating the thread.

import { parentPort } from 'node:worker_threads';
import { runWyrm, type WyrmJob } from './wyrm.ts';

parentPort!.on('message', async (message: { id: number; job: WyrmJob }) => {
  const result = await runWyrm(message.job);
  parentPort!.postMessage({ id: message.id, result });
});
