// Running one engine process and timing it from spawn to exit, start-up included, as a user
// would see it. Also reads the `bench-timing:` line that the runners in bench/runners/ print.

import { spawnSync } from 'node:child_process';

export interface ProcessRun {
  /** Exit status, or null when the process was killed or never started. */
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
  /** Why the process could not be started or was killed, if it was. */
  error?: string;
}

export function timeProcess(file: string, args: readonly string[], timeoutSeconds: number, env?: NodeJS.ProcessEnv): ProcessRun {
  const start = performance.now();
  const result = spawnSync(file, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: Math.ceil(timeoutSeconds * 1000),
    killSignal: 'SIGKILL',
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  const timedOut = code === 'ETIMEDOUT';
  let error: string | undefined;
  if (timedOut) error = `timed out after ${Math.round(timeoutSeconds)} s`;
  else if (result.error) error = result.error.message;
  else if (result.signal) error = `killed by ${result.signal}`;
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', seconds, timedOut, error };
}

/** The `bench-timing: startup_ms=S run_ms=R` line of a runner, in seconds. */
export function parseRunnerTiming(stderr: string): { startupSeconds: number; runSeconds: number } | undefined {
  const match = /^bench-timing: startup_ms=([\d.]+) run_ms=([\d.]+)\s*$/m.exec(stderr);
  if (!match) return undefined;
  return { startupSeconds: Number(match[1]) / 1000, runSeconds: Number(match[2]) / 1000 };
}
