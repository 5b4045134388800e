// `node bench/exceptions/run.ts`: times Python exceptions lowered three ways (checked returns as
// Wyrm emits them, legacy wasm exception handling, exnref) on the same workloads.
//
// The measurement runs in several Node processes one after the other (V8's compiled code, and
// with it a case's time, can differ from one process to the next). In each process every module
// is built at each optimization level, checked against the expected results, warmed up, then
// timed round after round: in each round every case runs once in every variant, the variants in
// a fresh random order, each run after a garbage collection. Each run records the CPU time of the
// main thread (robust to other work on the machine, see clock.ts) and the wall time. The parent
// prints Markdown (report.ts) to stdout; progress goes to stderr. See README.md.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { currentLoad, describeMachine } from '../machine.ts';
import { median } from '../stats.ts';
import { buildModule, VARIANTS, type Variant, type VariantId } from './build.ts';
import { cases, verify, type Case, type Exports } from './cases.ts';
import { collector, threadCpuMs } from './clock.ts';
import { renderReport, type Sample } from './report.ts';
import { WORKLOADS, type ModuleId } from './workloads.ts';

const USAGE = `usage: node bench/exceptions/run.ts [options]

  --processes N   measure in N Node processes, one after the other (default 3)
  --rounds N      timed runs of every case in every variant per process, interleaved (default 5)
  --warmup N      untimed runs first, so that V8 has optimized the code (default 3)
  --scale X       multiply the work of every case by about X (default 1; 0.05 for a quick look)
  --levels a,b    Wyrm's optimization levels to build with (default 0,3; 4 is Binaryen's -O3)
  --variants a,b  only these variants (default all: ${VARIANTS.map((v) => v.id).join(',')})
  --json FILE     also write every sample to FILE
  --help          show this
`;

interface Options {
  processes: number;
  rounds: number;
  warmup: number;
  scale: number;
  levels: number[];
  variants: Variant[];
  json?: string;
  /** Internal: measure in this process and write the samples to this file. */
  child?: string;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      processes: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      scale: { type: 'string' },
      levels: { type: 'string' },
      variants: { type: 'string' },
      json: { type: 'string' },
      child: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const number = (name: string, text: string | undefined, fallback: number, min: number): number => {
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min} (got ${text})`);
    return n;
  };
  const variants = (values.variants?.split(',') ?? VARIANTS.map((v) => v.id)).map((id) => {
    const variant = VARIANTS.find((v) => v.id === id);
    if (!variant) throw new Error(`unknown variant ${id}`);
    return variant;
  });
  if (!variants.some((v) => v.id === 'checked')) variants.unshift(VARIANTS[0]!); // the reference
  return {
    processes: Math.round(number('processes', values.processes, 3, 1)),
    rounds: Math.round(number('rounds', values.rounds, 5, 1)),
    warmup: Math.round(number('warmup', values.warmup, 3, 0)),
    scale: number('scale', values.scale, 1, 1e-6),
    levels: (values.levels ?? '0,3').split(',').map((l) => number('levels', l, 0, 0)),
    variants,
    json: values.json,
    child: values.child,
  };
}

function log(message: string): void {
  process.stderr.write(`bench/exceptions: ${message}\n`);
}

const key = (level: number, c: string, v: string): string => `${level}/${c}/${v}`;

/** What one process measured: samples and module sizes by `key`. */
interface Measured {
  samples: Record<string, Sample[]>;
  bytes: Record<string, number>;
  clockOverheadMs: number;
}

interface Instance {
  variant: Variant;
  level: number;
  module: ModuleId;
  exports: Exports;
}

function check(instance: Instance, c: Case, result: bigint): void {
  const problem = verify(c, instance.exports, result, instance.variant.fullTraceback);
  if (problem) throw new Error(`${c.id} in ${instance.variant.id} -O${instance.level} ${problem}`);
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Builds, checks, warms up and times everything in this process. */
async function measure(options: Options): Promise<Measured> {
  const gc = collector();
  const allCases = cases(options.scale);
  const instances: Instance[] = [];
  const bytes: Record<string, number> = {};
  for (const level of options.levels) {
    for (const workload of WORKLOADS) {
      for (const variant of options.variants) {
        const { binary } = buildModule(workload, variant, level);
        bytes[key(level, workload.id, variant.id)] = binary.length;
        const { instance } = await WebAssembly.instantiate(binary as Uint8Array<ArrayBuffer>);
        instances.push({ variant, level, module: workload.id, exports: instance.exports as unknown as Exports });
      }
    }
  }
  const find = (level: number, module: ModuleId, variant: VariantId): Instance =>
    instances.find((i) => i.level === level && i.module === module && i.variant.id === variant)!;

  for (const instance of instances) {
    for (const c of allCases.filter((c) => c.module === instance.module)) {
      for (let w = 0; w < Math.max(1, options.warmup); w++) check(instance, c, c.run(instance.exports));
    }
  }
  // What reading the CPU clock twice costs: subtracted from every run.
  const overheads: number[] = [];
  for (let i = 0; i < 51; i++) overheads.push(-threadCpuMs() + threadCpuMs());
  const clockOverheadMs = median(overheads)!;

  const samples: Record<string, Sample[]> = {};
  for (let round = 0; round < options.rounds; round++) {
    log(`  round ${round + 1} of ${options.rounds} (load ${currentLoad()})`);
    for (const c of allCases) {
      for (const level of options.levels) {
        for (const variant of shuffle([...options.variants])) {
          const instance = find(level, c.module, variant.id);
          gc();
          const cpuStart = threadCpuMs();
          const wallStart = performance.now();
          const result = c.run(instance.exports);
          const wall = performance.now() - wallStart;
          const cpu = threadCpuMs() - cpuStart - clockOverheadMs;
          check(instance, c, result);
          (samples[key(level, c.id, variant.id)] ??= []).push({ cpu, wall });
        }
      }
    }
  }
  return { samples, bytes, clockOverheadMs };
}

/** Runs the measurement in `options.processes` child processes, one after the other. */
function measureInChildren(options: Options, argv: string[]): Measured[] {
  const dir = mkdtempSync(join(tmpdir(), 'wyrm-bench-exceptions-'));
  try {
    const passOn = argv.filter((a, i) => !['--processes', '--json'].includes(a) && !['--processes', '--json'].includes(argv[i - 1]!));
    return Array.from({ length: options.processes }, (_, p) => {
      log(`process ${p + 1} of ${options.processes}: building, checking, warming up`);
      const file = join(dir, `${p}.json`);
      const child = spawnSync(process.execPath, [import.meta.filename, ...passOn, '--child', file], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (child.status !== 0) throw new Error(`process ${p + 1} failed (status ${child.status})`);
      return JSON.parse(readFileSync(file, 'utf8')) as Measured;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (options === null) {
    process.stdout.write(USAGE);
    return;
  }
  if (options.child) {
    writeFileSync(options.child, JSON.stringify(await measure(options)));
    return;
  }
  const machine = describeMachine();
  const started = performance.now();
  const measured = measureInChildren(options, argv);
  machine.loadEnd = currentLoad();
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const allCases = cases(options.scale);
  const binaryenVersion = (createRequire(import.meta.url)('binaryen/package.json') as { version: string }).version;
  process.stdout.write(
    renderReport({
      machine,
      v8: process.versions.v8,
      binaryen: binaryenVersion,
      command: ['node bench/exceptions/run.ts', ...argv].join(' '),
      clockOverheadMs: median(measured.map((m) => m.clockOverheadMs))!,
      processes: options.processes,
      rounds: options.rounds,
      warmup: options.warmup,
      levels: options.levels,
      variants: options.variants,
      cases: allCases,
      samples: (level, c, v) => measured.map((m) => m.samples[key(level, c, v)]!),
      bytes: (level, module, v) => measured[0]!.bytes[key(level, module, v)]!,
    }),
  );
  if (options.json) {
    const data = {
      machine,
      v8: process.versions.v8,
      binaryen: binaryenVersion,
      options: { ...options, variants: options.variants.map((v) => v.id) },
      cases: allCases.map(({ id, title, raises }) => ({ id, title, raises })),
      processes: measured,
    };
    writeFileSync(options.json, JSON.stringify(data) + '\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/exceptions: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
