// The clocks of the exception benchmark: the CPU time of the main thread (other work on the
// machine barely moves it, unlike wall-clock time) and a way to collect garbage between runs.

import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A function that runs a full garbage collection. */
export function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Milliseconds of CPU time this thread has used. On Linux, the scheduler's own count in
 * /proc/thread-self/schedstat (nanoseconds), read right after a 20 µs sleep: the count is brought
 * up to date when the thread leaves the CPU, otherwise only at the next timer tick. Elsewhere
 * process.threadCpuUsage(), whose count may move in whole ticks.
 */
export function threadCpuMs(): number {
  Atomics.wait(sleeper, 0, 0, 0.02);
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  }
}
