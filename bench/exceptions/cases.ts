// The timed cases: which exported function of which workload module, with which arguments, and
// what it must return (computed here in JavaScript), so that every variant is checked.

import type { ModuleId } from './workloads.ts';

export type Exports = Record<string, (...args: bigint[]) => bigint> & { tb_len(): number; depth(): number; pending(): number };

export interface Case {
  id: string;
  group: 'fast path' | 'raising' | 'deep unwinding';
  module: ModuleId;
  /** What the case does, for the report. */
  title: string;
  run(exports: Exports): bigint;
  expected: bigint;
  /** Exceptions raised and caught per run (0 on the fast path). */
  raises: number;
  /** The traceback length after the run (the last exception's), for variants that record every frame. */
  tracebackFrames: number;
}

function fib(n: number): bigint {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

function fibCalls(n: number): number {
  let [a, b] = [1, 1]; // calls(0), calls(1)
  for (let i = 2; i <= n; i++) [a, b] = [b, a + b + 1];
  return n === 0 ? a : b;
}

function sumAnd7(n: number): bigint {
  // sum of i & 7 over i < n: 0 + 1 + ... + 7 = 28 per eight
  const rest = n % 8;
  return BigInt(Math.floor(n / 8)) * 28n + BigInt((rest * (rest - 1)) / 2);
}

function raiseSum(n: number, every: number): bigint {
  // sum of i over i < n, with -1 instead of i for every multiple of `every`
  const all = (BigInt(n) * BigInt(n - 1)) / 2n;
  const multiples = Math.ceil(n / every);
  const k = BigInt(multiples);
  const ofMultiples = (BigInt(every) * k * (k - 1n)) / 2n;
  return all - ofMultiples - k;
}

/** The cases at `scale` (1: the default sizes; each case's work is proportional to it). */
export function cases(scale: number): Case[] {
  const size = (n: number): number => Math.max(1, Math.round(n * scale));
  const fibN = scale >= 1 ? 32 : scale >= 0.1 ? 27 : 20;
  const loopN = size(20_000_000);
  const depth = 100;
  const deepReps = size(15_000);
  const raising = (every: number, n: number): Case => ({
    id: `raise-${every}`,
    group: 'raising',
    module: 'raise',
    title: `raise ValueError in a callee and catch it, every ${every === 1 ? '' : `${every}th `}iteration of ${n.toLocaleString('en')}`,
    run: (e) => e.run_raise!(BigInt(n), BigInt(every)),
    expected: raiseSum(n, every),
    raises: Math.ceil(n / every),
    tracebackFrames: 2,
  });
  return [
    {
      id: 'fib',
      group: 'fast path',
      module: 'fib',
      title: `fib(${fibN}), ${fibCalls(fibN).toLocaleString('en')} calls, handler at the top`,
      run: (e) => e.run_fib!(BigInt(fibN)),
      expected: fib(fibN),
      raises: 0,
      tracebackFrames: 0,
    },
    {
      id: 'loop',
      group: 'fast path',
      module: 'loop',
      title: `loop of ${loopN.toLocaleString('en')} small calls, handler one frame up`,
      run: (e) => e.run_loop!(BigInt(loopN)),
      expected: sumAnd7(loopN),
      raises: 0,
      tracebackFrames: 0,
    },
    {
      id: 'loop-try',
      group: 'fast path',
      module: 'loop',
      title: `loop of ${loopN.toLocaleString('en')} small calls, each in its own try`,
      run: (e) => e.run_loop_try!(BigInt(loopN)),
      expected: sumAnd7(loopN),
      raises: 0,
      tracebackFrames: 0,
    },
    raising(1, size(1_000_000)),
    raising(10, size(3_000_000)),
    raising(1000, size(10_000_000)),
    {
      id: 'deep',
      group: 'deep unwinding',
      module: 'deep',
      title: `raise at depth ${depth}, caught at the top, ${deepReps.toLocaleString('en')} times`,
      run: (e) => e.run_deep!(BigInt(deepReps), BigInt(depth)),
      expected: BigInt(deepReps),
      raises: deepReps,
      tracebackFrames: depth + 2,
    },
  ];
}

/**
 * What is wrong with one run of case `c` (undefined if nothing): its result, the recursion depth
 * and pending exception it leaves, and the length of the last exception's traceback, which is
 * every frame for variants that record them all, else the raising site and the handler's.
 */
export function verify(c: Case, exports: Exports, result: bigint, fullTraceback: boolean): string | undefined {
  if (result !== c.expected) return `returned ${result}, expected ${c.expected}`;
  if (exports.depth() !== 0) return `left the recursion depth at ${exports.depth()}`;
  if (exports.pending() !== 0) return 'left an exception pending';
  const frames = fullTraceback ? c.tracebackFrames : 2;
  if (c.raises > 0 && exports.tb_len() !== frames) return `left a traceback of ${exports.tb_len()} entries, expected ${frames}`;
  return undefined;
}
