// The differential fuzzer of Wyrm (npm run fuzz).
//
// Generated mode (default): random well-typed programs of the subset (generate.ts) run under
// CPython (cpython_runner.py, with 64-bit int checks) and under Wyrm (in worker threads, with a
// time limit); stdout, the last line of stderr and the exit status must agree. Mismatches,
// internal errors and hangs are shrunk (shrink.ts) and saved as regression programs in
// tests/programs/fuzz/ with CPython's output (tests/regen-expected.py). Refusals are counted and
// their messages sampled.
//
// Mutation mode (--mutate): corpus programs with random edits (mutate.ts) must translate or be
// refused with a located CompileError; anything else is saved in tools/fuzz/crashes/.
//
// Usage: npm run fuzz -- [--seed N] [--count N | --seconds N] [--mutate] [--jobs N] [--opt N]
//          [--index I [--show]] [--no-shrink] [--no-save] [--shrink-per-signature N] [--timeout S]
//          [--overflow P] [--no-classes] [--no-exceptions] [--no-avoid] [--write-slice] [--verbose]
//
// --no-avoid also generates what KNOWN_BUGS (genmodel.ts) steers around. A mutant is chosen
// from the corpus as it is: adding a test program changes which mutant an index gives.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, lastLine, normalizeMessage, signatureOf, type Outcome } from './compare.ts';
import { CPython, type CPythonResult } from './cpython.ts';
import { generateProgram } from './generate.ts';
import { DEFAULT_OPTIONS, type GenOptions } from './genmodel.ts';
import { REPO, loadCorpus, mutant } from './mutate.ts';
import { WyrmPool } from './pool.ts';
import { shrink } from './shrink.ts';
import { SLICE, sliceFixturePath, sourceHash, type SliceFixture } from './slice.ts';
import type { WyrmJob, WyrmResult } from './wyrm.ts';

interface Args {
  seed: number;
  count: number;
  seconds: number;
  mutate: boolean;
  jobs: number;
  opt: number;
  index: number | null;
  show: boolean;
  shrink: boolean;
  save: boolean;
  perSignature: number;
  gen: GenOptions;
  writeSlice: boolean;
  verbose: boolean;
  timeoutMs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    seed: 1, count: 0, seconds: 0, mutate: false, jobs: 2, opt: 2, index: null, show: false, shrink: true, save: true,
    perSignature: 3, gen: { ...DEFAULT_OPTIONS }, writeSlice: false, verbose: false, timeoutMs: 60_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`fuzz: ${a} needs a number`);
      return v;
    };
    switch (a) {
      case '--seed': args.seed = value(); break;
      case '--count': args.count = value(); break;
      case '--seconds': args.seconds = value(); break;
      case '--mutate': args.mutate = true; break;
      case '--jobs': args.jobs = value(); break;
      case '--opt': args.opt = value(); break;
      case '--index': args.index = value(); break;
      case '--show': args.show = true; break;
      case '--no-shrink': args.shrink = false; break;
      case '--no-save': args.save = false; break;
      case '--shrink-per-signature': args.perSignature = value(); break;
      case '--overflow': args.gen.overflow = value(); break;
      case '--no-classes': args.gen.classes = false; break;
      case '--no-exceptions': args.gen.exceptions = false; break;
      case '--no-avoid': args.gen.avoid = new Set(); break;
      case '--write-slice': args.writeSlice = true; break;
      case '--verbose': args.verbose = true; break;
      case '--timeout': args.timeoutMs = value() * 1000; break;
      default: throw new Error(`fuzz: unknown option ${a} (see the header of tools/fuzz/fuzz.ts)`);
    }
  }
  if (args.count === 0 && args.seconds === 0) args.count = args.index === null ? 100 : 1;
  return args;
}

interface Failure {
  index: number;
  text: string;
  outcome: Outcome;
  origin: string;
}

class Stats {
  readonly counts = new Map<string, number>();
  readonly refusals = new Map<string, { count: number; example: string; code: string }>();
  readonly failures = new Map<string, Failure[]>();

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

function startedEnough(args: Args, began: number, done: number): boolean {
  if (args.seconds > 0) return Date.now() - began >= args.seconds * 1000;
  return done >= args.count;
}

const FUZZ_PROGRAMS = join(REPO, 'tests', 'programs', 'fuzz');
const CRASHES = join(REPO, 'tools', 'fuzz', 'crashes');

// ------------------------------------------------------------------------------------ generated

async function fuzzGenerated(args: Args): Promise<number> {
  const pool = new WyrmPool(args.jobs);
  const python = new CPython();
  const stats = new Stats();
  const began = Date.now();
  const first = args.index ?? 0;
  const job = (text: string): WyrmJob => ({ source: text, path: 'prog.py', run: true, optimize: args.opt });
  const check = async (text: string): Promise<{ py: CPythonResult; outcome: Outcome }> => {
    const [py, wyrm] = await Promise.all([python.run(text), pool.run(job(text), args.timeoutMs)]);
    return { py, outcome: classify(py, wyrm) };
  };

  const inFlight = new Set<Promise<void>>();
  let started = 0;
  for (let index = first; !startedEnough(args, began, started); index++) {
    started++;
    const text = generateProgram(args.seed, index, args.gen);
    if (args.show) {
      process.stdout.write(text);
      await pool.close();
      python.close();
      return 0;
    }
    const task = (async (): Promise<void> => {
      const { py, outcome } = await check(text);
      stats.add(outcome.kind);
      stats.add('total');
      if (py.overflow) stats.add('overflow');
      if (py.status !== 0 && !py.timeout) stats.add('uncaught');
      if (outcome.kind === 'refused') {
        const key = normalizeMessage(outcome.message);
        const entry = stats.refusals.get(key) ?? { count: 0, example: `--seed ${args.seed} --index ${index}`, code: outcome.code };
        entry.count++;
        stats.refusals.set(key, entry);
        if (!outcome.located) stats.add('unlocated');
      }
      const signature = signatureOf(outcome);
      if (signature) {
        const list = stats.failures.get(signature) ?? [];
        list.push({ index, text, outcome, origin: `--seed ${args.seed} --index ${index}` });
        stats.failures.set(signature, list);
      }
      if (args.verbose || args.index !== null) {
        const detail = 'detail' in outcome ? `\n${outcome.detail}` : 'message' in outcome ? ` ${outcome.message}` : '';
        console.log(`#${index}: ${outcome.kind}${detail}`);
      }
    })();
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    if (inFlight.size >= args.jobs * 3) await Promise.race(inFlight);
    if (started % 100 === 0 && !args.verbose) {
      process.stderr.write(`\r${started} programs, ${((Date.now() - began) / 1000).toFixed(0)}s, ${stats.failures.size} failure signatures`);
    }
  }
  await Promise.all(inFlight);
  process.stderr.write('\n');
  const seconds = (Date.now() - began) / 1000;

  console.log(`\nGenerated programs: seed ${args.seed}, ${stats.get('total')} programs from #${first} in ${seconds.toFixed(0)}s (-O${args.opt})`);
  for (const k of ['match', 'mismatch', 'refused', 'internal', 'timeout', 'invalid']) console.log(`  ${k.padEnd(9)} ${stats.get(k)}`);
  console.log(`  (CPython: ${stats.get('uncaught')} end with an uncaught exception, ${stats.get('overflow')} overflow 64 bits somewhere)`);
  if (stats.get('unlocated')) console.log(`  refusals without a location inside the file: ${stats.get('unlocated')}`);
  if (stats.refusals.size) {
    console.log('\nRefusals (normalized message: count, example):');
    for (const [message, e] of [...stats.refusals].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(e.count).padStart(5)}  [${e.code}] ${message}   (${e.example})`);
    }
  }
  if (stats.failures.size) {
    console.log('\nFailures (signature: count, first example):');
    for (const [signature, list] of stats.failures) console.log(`  ${String(list.length).padStart(5)}  ${signature}   (${list[0]!.origin})`);
  }

  if (args.shrink && stats.failures.size) {
    console.log('\nShrinking...');
    const saved = new Set<string>();
    for (const [signature, list] of stats.failures) {
      if (signature === 'timeout') {
        // A hang or a very slow translation: kept for a look, not shrunk (each test would wait).
        for (const failure of list.slice(0, args.perSignature)) if (args.save) saveCrash('timeout', failure, signature);
        continue;
      }
      for (const failure of list.slice(0, args.perSignature)) {
        const original = await python.run(failure.text);
        const allowOverflow = original.overflow;
        // Shrinking must not make the program ill-formed: no new NameError, TypeError...
        const sloppy = (py: CPythonResult): boolean => {
          const name = /^(\w+)/.exec(lastLine(py.stderr))?.[1] ?? '';
          return ['NameError', 'UnboundLocalError', 'TypeError', 'AttributeError', 'RecursionError'].includes(name) && lastLine(original.stderr) !== lastLine(py.stderr);
        };
        const predicate = async (text: string): Promise<boolean> => {
          const { py, outcome } = await check(text);
          return !py.timeout && !py.syntax && (allowOverflow || !py.overflow) && !sloppy(py) && signatureOf(outcome) === signature;
        };
        const { text, tests } = await shrink(failure.text, predicate, { parallel: args.jobs, maxTests: 4000, maxMs: 240_000, log: args.verbose ? console.log : undefined });
        const { outcome } = await check(text);
        const detail = 'detail' in outcome ? outcome.detail.split('\n').slice(0, 3).join('\n      ') : '';
        console.log(`\n  ${signature} (${failure.origin}), ${tests} tests:\n${text.replace(/^/gm, '      ')}\n    -> ${detail}`);
        if (signatureOf(outcome) !== signature) {
          console.log('    (not reproducible after shrinking: not saved)');
          continue;
        }
        if (saved.has(text)) continue;
        saved.add(text);
        if (args.save) saveRegression(text, failure, signature, allowOverflow);
      }
    }
  }
  await pool.close();
  python.close();
  return stats.failures.size ? 1 : 0;
}

function existingRegressionTexts(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(dir, f), 'utf8').replace(/^(#.*\n)+/, '')));
}

function saveCrash(kind: string, failure: Failure, signature: string): void {
  mkdirSync(CRASHES, { recursive: true });
  const path = join(CRASHES, `${kind}_${failure.origin.replace(/\D+/g, '_').replace(/^_|_$/g, '')}.py`);
  writeFileSync(path, `# ${signature} (npm run fuzz -- ${failure.origin})\n${failure.text}`);
  console.log(`    saved ${path}`);
}

function saveRegression(text: string, failure: Failure, signature: string, overflow: boolean): void {
  if (overflow) {
    // Expected output needs 64-bit semantics, which regen-expected.py cannot give: keep it here.
    const path = join(CRASHES, `overflow_${failure.origin.replace(/\D+/g, '_').replace(/^_|_$/g, '')}.py`);
    mkdirSync(CRASHES, { recursive: true });
    writeFileSync(path, `# ${signature} (npm run fuzz -- ${failure.origin}); needs 64-bit ints\n${text}`);
    console.log(`    saved ${path}`);
    return;
  }
  mkdirSync(FUZZ_PROGRAMS, { recursive: true });
  if (existingRegressionTexts(FUZZ_PROGRAMS).has(text)) {
    console.log('    (already saved)');
    return;
  }
  const name = `fuzz_${failure.origin.replace(/\D+/g, '_').replace(/^_|_$/g, '')}`;
  const path = join(FUZZ_PROGRAMS, `${name}.py`);
  writeFileSync(path, `# Found by npm run fuzz -- ${failure.origin}, shrunk: ${signature}\n${text}`);
  const regen = spawnSync('python3', [join(REPO, 'tests', 'regen-expected.py'), path], { encoding: 'utf8' });
  if (regen.status !== 0) console.log(`    regen-expected.py failed: ${regen.stderr}`);
  console.log(`    saved ${path}`);
}

// ------------------------------------------------------------------------------------ mutants

async function fuzzMutants(args: Args): Promise<number> {
  const corpus = loadCorpus();
  const pool = new WyrmPool(args.jobs);
  const stats = new Stats();
  const began = Date.now();
  const first = args.index ?? 0;
  const translate = (text: string, timeoutMs = args.timeoutMs): Promise<WyrmResult> =>
    pool.run({ source: text, path: 'mutant.py', run: false, optimize: args.opt }, timeoutMs);
  const verdict = (r: WyrmResult): string | null => {
    switch (r.kind) {
      case 'translated': return null;
      case 'refused': return r.located ? null : `unlocated refusal: ${normalizeMessage(r.message)}`;
      case 'internal': return `internal ${r.phase}: ${normalizeMessage(r.message)}`;
      case 'crash': return `crash: ${normalizeMessage(r.message)}`;
      case 'timeout': return 'timeout';
      default: return `unexpected ${r.kind}`;
    }
  };
  const inFlight = new Set<Promise<void>>();
  let started = 0;
  for (let index = first; !startedEnough(args, began, started); index++) {
    started++;
    const m = mutant(corpus, args.seed, index);
    if (args.show) {
      process.stdout.write(`# ${m.file.path}: ${m.edits.join('; ')}\n${m.text}`);
      await pool.close();
      return 0;
    }
    const task = (async (): Promise<void> => {
      const result = await translate(m.text);
      stats.add('total');
      stats.add(result.kind);
      if (result.kind === 'refused') {
        const key = normalizeMessage(result.message);
        const entry = stats.refusals.get(key) ?? { count: 0, example: `--mutate --seed ${args.seed} --index ${index}`, code: result.code };
        entry.count++;
        stats.refusals.set(key, entry);
        if (!result.located) stats.add('unlocated');
      }
      const signature = verdict(result);
      if (args.verbose || args.index !== null) console.log(`#${index} ${m.file.path} [${m.edits.join('; ')}]: ${signature ?? result.kind}${result.kind === 'internal' ? `\n${result.stack}` : ''}`);
      if (signature) {
        const list = stats.failures.get(signature) ?? [];
        const detail = result.kind === 'internal' ? `${result.message}\n${result.stack}` : result.kind === 'refused' ? result.text : signature;
        list.push({ index, text: m.text, outcome: { kind: 'internal', signature, detail }, origin: `--mutate --seed ${args.seed} --index ${index} (${m.file.path}: ${m.edits.join('; ')})` });
        stats.failures.set(signature, list);
      }
    })();
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    if (inFlight.size >= args.jobs * 3) await Promise.race(inFlight);
    if (started % 100 === 0 && !args.verbose) process.stderr.write(`\r${started} mutants, ${((Date.now() - began) / 1000).toFixed(0)}s`);
  }
  await Promise.all(inFlight);
  process.stderr.write('\n');
  const seconds = (Date.now() - began) / 1000;
  const failures = [...stats.failures.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\nMutants: seed ${args.seed}, ${stats.get('total')} mutants of ${corpus.length} corpus files from #${first} in ${seconds.toFixed(0)}s (-O${args.opt})`);
  console.log(`  translated ${stats.get('translated')}`);
  console.log(`  refused    ${stats.get('refused')} (${stats.get('unlocated')} without a location in the file)`);
  console.log(`  internal   ${stats.get('internal') + stats.get('crash')}`);
  console.log(`  timeout    ${stats.get('timeout')}`);
  console.log(`  failures   ${failures} (internal errors, hangs and refusals without a location)`);
  if (stats.refusals.size) {
    console.log('\nMost common refusals:');
    for (const [message, e] of [...stats.refusals].sort((a, b) => b[1].count - a[1].count).slice(0, 15)) {
      console.log(`  ${String(e.count).padStart(5)}  [${e.code}] ${message}`);
    }
  }
  if (stats.failures.size) {
    console.log('\nFailures (signature: count):');
    mkdirSync(CRASHES, { recursive: true });
    for (const [signature, list] of stats.failures) {
      console.log(`  ${String(list.length).padStart(5)}  ${signature}\n         first: ${list[0]!.origin}`);
      for (const failure of list.slice(0, args.perSignature)) {
        const base = join(CRASHES, `mutant_s${args.seed}_${failure.index}`);
        if (!args.save) continue;
        writeFileSync(`${base}.py`, failure.text);
        writeFileSync(`${base}.txt`, `${failure.origin}\n${signature}\n\n${'detail' in failure.outcome ? failure.outcome.detail : ''}\n`);
        if (args.shrink && signature !== 'timeout') {
          const predicate = async (text: string): Promise<boolean> => verdict(await translate(text)) === signature;
          const { text } = await shrink(failure.text, predicate, { parallel: args.jobs, maxTests: 3000, maxMs: 120_000 });
          writeFileSync(`${base}.min.py`, text);
          console.log(`         shrunk to ${base}.min.py:\n${text.replace(/^/gm, '           ')}`);
        }
      }
    }
  }
  await pool.close();
  return stats.failures.size ? 1 : 0;
}

// ------------------------------------------------------------------------------------ slice

/** Writes tests/fuzz/slice-expected.json: CPython's results for the slice's programs. */
async function writeSlice(): Promise<number> {
  const python = new CPython();
  const programs: SliceFixture['programs'] = [];
  for (let index = 0; index < SLICE.programs; index++) {
    const text = generateProgram(SLICE.seed, index, SLICE.options);
    const py = await python.run(text);
    if (py.timeout || py.syntax || py.overflow) throw new Error(`slice program ${index} is not usable (timeout, syntax or overflow)`);
    programs.push({ index, hash: sourceHash(text), stdout: py.stdout, stderrLast: lastLine(py.stderr), status: py.status });
  }
  python.close();
  const fixture: SliceFixture = { generator: 'tools/fuzz/generate.ts', seed: SLICE.seed, programs };
  writeFileSync(sliceFixturePath, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${sliceFixturePath} (${programs.length} programs)`);
  return 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.writeSlice) return writeSlice();
  return args.mutate ? fuzzMutants(args) : fuzzGenerated(args);
}

process.exitCode = await main();
