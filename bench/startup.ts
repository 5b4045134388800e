// The start-up benchmark: each engine runs an empty program and hello world (bench/startup/),
// timed from process start to exit, and reports the bytes it loads to do so.

import { join } from 'node:path';
import type { Engine, RunTarget } from './engines.ts';
import { measureRoundRobin, referenceOutput, type Contender } from './measure.ts';
import type { EngineId, LoadedBytes, StartupResult } from './model.ts';
import { translateWithWyrm } from './translate.ts';

export const startupPrograms = ['empty', 'hello'];
const startupDir = join(import.meta.dirname, 'startup');

export interface StartupSettings {
  repeat: number;
  timeoutSeconds: number;
  workDir: string;
  log: (message: string) => void;
  /** The reference engine, when it is not among the engines timed (its output is still checked). */
  reference?: Engine;
}

export function runStartup(engines: Map<EngineId, Engine>, settings: StartupSettings): { startup: StartupResult[]; loadedBytes: LoadedBytes[] } {
  const startup: StartupResult[] = [];
  let helloTarget: RunTarget | undefined;
  for (const program of startupPrograms) {
    const target: RunTarget = { python: join(startupDir, `${program}.py`) };
    let wyrmSkip: string | undefined;
    if (engines.get('wyrm')?.info.available) {
      const translation = translateWithWyrm(target.python, join(settings.workDir, 'startup'), settings.timeoutSeconds);
      if (translation.ok) target.wyrmLoader = translation.loader;
      else wyrmSkip = `Wyrm refused it: ${translation.error}`;
    }
    const contenders: Contender[] = [...engines].map(([id, engine]) => ({ id, engine, target, skip: id === 'wyrm' ? wyrmSkip : undefined }));
    const expected = settings.reference ? referenceOutput(settings.reference, target, [], settings.timeoutSeconds) : undefined;
    const results = measureRoundRobin(contenders, {
      args: [],
      repeat: settings.repeat,
      timeoutSeconds: settings.timeoutSeconds,
      expected,
      log: settings.log,
      label: `start-up ${program}`,
    });
    for (const r of results.values()) {
      startup.push({ program, engine: r.engine, status: r.status, seconds: r.seconds, median: r.median, note: r.note });
    }
    if (program === 'hello') helloTarget = target;
  }
  const loadedBytes = [...engines.values()]
    .filter((e) => e.info.available)
    .map((e) => e.loadedBytes(helloTarget ?? { python: join(startupDir, 'hello.py') }));
  return { startup, loadedBytes };
}
