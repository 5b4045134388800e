// `npm run bench`: the benchmark harness. For every program in bench/programs/ it translates the
// program with Wyrm, then times it under every engine (round-robin, --repeat times, medians),
// checking that each prints CPython's output; then it runs the start-up benchmark, and writes
// RESULTS.md (for people) and results.json (for tools). See bench/README.md.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEngines, type Engine, type RunTarget } from './engines.ts';
import { currentLoad, describeMachine } from './machine.ts';
import { measureRoundRobin, referenceOutput, type Contender } from './measure.ts';
import { REFERENCE_ENGINE, type BenchResults, type EngineId, type ProgramResult } from './model.ts';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { listPrograms, scaledSize, type Program } from './programs.ts';
import { ratio } from './stats.ts';
import { runStartup } from './startup.ts';
import { renderResults } from './table.ts';
import { translateWithWyrm } from './translate.ts';

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function benchProgram(program: Program, engines: Map<EngineId, Engine>, reference: Engine | undefined, options: BenchOptions, workDir: string): ProgramResult {
  const size = scaledSize(program.defaultSize, options.sizeScale, program.scaling);
  const args = [String(size)];
  const target: RunTarget = { python: program.path };
  const result: ProgramResult = { program: program.name, size, engines: [] };
  if (engines.get('wyrm')?.info.available) {
    const { loader, ...translation } = translateWithWyrm(program.path, join(workDir, program.name), options.timeoutSeconds);
    result.translation = translation;
    target.wyrmLoader = loader;
    log(`${program.name}: Wyrm ${translation.ok ? `translated it in ${translation.reportedMs} ms, ${translation.wasmBytes} bytes` : `refused it: ${translation.error}`}`);
  }
  const contenders: Contender[] = [...engines].map(([id, engine]) => ({
    id,
    engine,
    target,
    skip: id === 'wyrm' && result.translation && !result.translation.ok ? 'Wyrm refused the program' : undefined,
  }));
  const expected = engines.has(REFERENCE_ENGINE) ? undefined : referenceOutput(reference, target, args, options.timeoutSeconds);
  const measured = measureRoundRobin(contenders, { args, repeat: options.repeat, timeoutSeconds: options.timeoutSeconds, expected, log, label: program.name });
  const referenceMedian = measured.get(REFERENCE_ENGINE)?.median;
  for (const r of measured.values()) result.engines.push({ ...r, ratio: ratio(r.median, referenceMedian) });
  return result;
}

function main(argv: string[]): number {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`bench: error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const programs = options.programsBenchmark ? listPrograms(options.programs) : [];
  const found = findEngines([...new Set<EngineId>([...options.engines, REFERENCE_ENGINE])]);
  const reference = found.get(REFERENCE_ENGINE);
  const engines = new Map([...found].filter(([id]) => options.engines.includes(id)));
  for (const engine of engines.values()) {
    log(`${engine.info.id}: ${engine.info.available ? engine.info.version : `skipped: ${engine.info.note}`}`);
  }
  const workDir = mkdtempSync(join(tmpdir(), 'wyrm-bench-'));
  const results: BenchResults = {
    machine: describeMachine(),
    engines: [...engines.values()].map((e) => e.info),
    options: { repeat: options.repeat, startupRepeat: options.startupRepeat, sizeScale: options.sizeScale, command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ') },
    programs: [],
    startup: [],
    loadedBytes: [],
  };
  try {
    for (const program of programs) results.programs.push(benchProgram(program, engines, reference, options, workDir));
    if (options.startup) {
      const startup = runStartup(engines, {
        repeat: options.startupRepeat,
        timeoutSeconds: options.timeoutSeconds,
        workDir,
        log,
        reference: engines.has(REFERENCE_ENGINE) ? undefined : reference,
      });
      results.startup = startup.startup;
      results.loadedBytes = startup.loadedBytes;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  results.machine.loadEnd = currentLoad();
  const outputDir = options.outputDir ?? import.meta.dirname;
  mkdirSync(outputDir, { recursive: true });
  const markdown = renderResults(results);
  writeFileSync(join(outputDir, 'RESULTS.md'), markdown);
  writeFileSync(join(outputDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(markdown);
  log(`wrote ${join(outputDir, 'RESULTS.md')} and results.json`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
