// The CPython side of the differential fuzzer: one long-lived python3 process running
// cpython_runner.py, fed one program per JSON line. A program that does not finish in time is
// interrupted by the runner itself; a runner that dies is restarted.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface CPythonResult {
  stdout: string;
  stderr: string;
  status: number;
  /** A 64-bit check failed (the program overflows Wyrm's ints), caught or not. */
  overflow: boolean;
  timeout: boolean;
  /** CPython rejected the source (the generator or a mutation made invalid Python). */
  syntax?: boolean;
}

const RUNNER = join(import.meta.dirname, 'cpython_runner.py');

export class CPython {
  private process: ChildProcessWithoutNullStreams | null = null;
  private readonly waiting = new Map<number, (r: CPythonResult) => void>();
  private nextId = 0;
  private readonly python: string;

  constructor(python = 'python3') {
    this.python = python;
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(this.python, [RUNNER], { env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const reply = JSON.parse(line) as CPythonResult & { id: number };
      const resolve = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      resolve?.(reply);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[cpython runner] ${chunk.toString()}`));
    child.on('exit', () => {
      if (this.process === child) this.process = null;
      // Whatever was waiting on the dead runner fails as a timeout (the program killed it).
      for (const [id, resolve] of this.waiting) {
        this.waiting.delete(id);
        resolve({ stdout: '', stderr: 'the CPython runner died\n', status: -1, overflow: false, timeout: true });
      }
    });
    return child;
  }

  run(source: string, options: { path?: string; check64?: boolean; timeoutSeconds?: number } = {}): Promise<CPythonResult> {
    this.process ??= this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const request = { id, source, path: options.path ?? 'prog.py', check64: options.check64 ?? true, timeout: options.timeoutSeconds ?? 10 };
      this.process!.stdin.write(`${JSON.stringify(request)}\n`);
    });
  }

  close(): void {
    this.process?.stdin.end();
    this.process = null;
  }
}
