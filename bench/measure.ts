// The timing loop shared by the program and start-up benchmarks: runs every engine on one
// program `repeat` times, round-robin (one run of each engine per repetition, so that a drift in
// the machine's speed touches all engines alike), the reference engine first in each round so
// that its output is known before the others' are checked against it. An engine that crashes,
// times out or prints another output is marked failed and not run again on that program.
// Once the reference engine has run, the others get RELATIVE_TIMEOUT times its time (at least
// MIN_TIMEOUT_SECONDS, at most the --timeout cap): an engine that hangs (MicroPython's wasm port
// out of memory spins rather than failing) costs a minute or two, not ten.

import { compareOutputs, errorSummary } from './checksum.ts';
import type { Engine, RunTarget } from './engines.ts';
import { REFERENCE_ENGINE, type EngineId, type EngineResult } from './model.ts';
import { parseRunnerTiming, timeProcess } from './process.ts';
import { median } from './stats.ts';

export const RELATIVE_TIMEOUT = 50;
export const MIN_TIMEOUT_SECONDS = 60;

/** The time limit of one run, given the cap and, once known, the reference engine's time. */
export function runTimeout(capSeconds: number, referenceSeconds: number | undefined): number {
  if (referenceSeconds === undefined) return capSeconds;
  return Math.min(capSeconds, Math.max(MIN_TIMEOUT_SECONDS, RELATIVE_TIMEOUT * referenceSeconds));
}

export interface Contender {
  id: EngineId;
  engine: Engine;
  target: RunTarget;
  /** Why this engine cannot run this program, decided before any run (e.g. Wyrm refused it). */
  skip?: string;
}

export interface MeasureSettings {
  args: readonly string[];
  repeat: number;
  /** The cap on one run's time (see runTimeout). */
  timeoutSeconds: number;
  /** The output every engine must print; when undefined, the reference engine's first output. */
  expected?: string;
  log: (message: string) => void;
  label: string;
}

function orderForRuns(contenders: readonly Contender[]): Contender[] {
  return [...contenders.filter((c) => c.id === REFERENCE_ENGINE), ...contenders.filter((c) => c.id !== REFERENCE_ENGINE)];
}

export function measureRoundRobin(contenders: readonly Contender[], settings: MeasureSettings): Map<EngineId, EngineResult> {
  const results = new Map<EngineId, EngineResult>();
  for (const c of contenders) {
    const skip = c.skip ?? (c.engine.info.available ? undefined : c.engine.info.note);
    results.set(c.id, { engine: c.id, status: skip ? 'skipped' : 'ok', seconds: [], runSeconds: [], note: skip });
  }
  let expected = settings.expected;
  const ordered = orderForRuns(contenders);
  for (let round = 1; round <= settings.repeat; round++) {
    for (const c of ordered) {
      const result = results.get(c.id)!;
      if (result.status !== 'ok') continue;
      const command = c.engine.command(c.target, settings.args);
      if (!command) {
        result.status = 'skipped';
        result.note = 'cannot run this program';
        continue;
      }
      const referenceSeconds = results.get(REFERENCE_ENGINE)?.seconds[0];
      const timeout = c.id === REFERENCE_ENGINE ? settings.timeoutSeconds : runTimeout(settings.timeoutSeconds, referenceSeconds);
      const run = timeProcess(command.file, command.args, timeout);
      if (run.error || run.status !== 0) {
        result.status = 'failed';
        result.note = run.error ?? `exit status ${run.status}: ${errorSummary(run.stderr)}`;
        settings.log(`${settings.label} ${c.id}: failed: ${result.note}`);
        continue;
      }
      if (expected === undefined && c.id === REFERENCE_ENGINE) expected = run.stdout;
      if (expected !== undefined) {
        const comparison = compareOutputs(expected, run.stdout);
        if (!comparison.same) {
          result.status = 'failed';
          result.note = `wrong output (${comparison.detail})`;
          settings.log(`${settings.label} ${c.id}: ${result.note}`);
          continue;
        }
      } else if (round === 1) {
        result.note = 'output not checked (no reference output)';
      }
      result.seconds.push(run.seconds);
      const timing = parseRunnerTiming(run.stderr);
      if (timing) result.runSeconds.push(timing.runSeconds);
      settings.log(`${settings.label} ${c.id} [${round}/${settings.repeat}]: ${run.seconds.toFixed(3)} s`);
    }
  }
  for (const result of results.values()) {
    if (result.status !== 'ok') {
      // A failure in a later round voids the earlier rounds' times too.
      result.seconds = [];
      result.runSeconds = [];
      continue;
    }
    result.median = median(result.seconds);
    result.medianRun = median(result.runSeconds);
  }
  return results;
}

/**
 * The reference engine's output for a target, from one untimed run: for when the reference
 * engine is not among the timed ones. Undefined (outputs not checked) if it cannot run it.
 */
export function referenceOutput(reference: Engine | undefined, target: RunTarget, args: readonly string[], timeoutSeconds: number): string | undefined {
  const command = reference?.info.available ? reference.command(target, args) : undefined;
  if (!command) return undefined;
  const run = timeProcess(command.file, command.args, timeoutSeconds);
  return run.status === 0 && !run.error ? run.stdout : undefined;
}
