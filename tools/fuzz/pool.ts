// A pool of worker threads running Wyrm jobs with a time limit each: a job past its limit, or
// whose thread dies, gets a `timeout` or `crash` result and its thread is replaced.

import { Worker } from 'node:worker_threads';
import type { WyrmJob, WyrmResult } from './wyrm.ts';

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  job: WyrmJob;
  timeoutMs: number;
  resolve: (result: WyrmResult) => void;
}

export class WyrmPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // The worker's stderr is dropped: Binaryen prints its aborts there, and they come back as results.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { stderr: true });
    worker.stderr.resume();
    worker.unref();
    return { worker, busy: false };
  }

  run(job: WyrmJob, timeoutMs: number): Promise<WyrmResult> {
    return new Promise((resolve) => {
      this.queue.push({ job, timeoutMs, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.closed) return;
    for (let i = 0; i < this.slots.length && this.queue.length; i++) {
      if (!this.slots[i]!.busy) this.start(i, this.queue.shift()!);
    }
  }

  private start(index: number, pending: Pending): void {
    const slot = this.slots[index]!;
    slot.busy = true;
    const id = this.nextId++;
    let settled = false;
    const finish = (result: WyrmResult, replace: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (replace) {
        void slot.worker.terminate();
        this.slots[index] = this.spawn();
      } else {
        slot.busy = false;
      }
      pending.resolve(result);
      this.dispatch();
    };
    const onMessage = (m: { id: number; result: WyrmResult }): void => {
      if (m.id === id) finish(m.result, false);
    };
    const onError = (e: Error): void => finish({ kind: 'crash', message: `${e.name}: ${e.message}` }, true);
    const onExit = (code: number): void => finish({ kind: 'crash', message: `worker exited with code ${code}` }, true);
    const timer = setTimeout(() => finish({ kind: 'timeout' }, true), pending.timeoutMs);
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    slot.worker.postMessage({ id, job: pending.job });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
