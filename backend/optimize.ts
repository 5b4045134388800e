// The Binaryen passes Wyrm runs, per optimization level. Binaryen's own -O3 pipeline costs about
// a second in binaryen.js on a small program and, measured on n-body and fib, buys nothing in
// run time over this shorter list once V8 has compiled the module (V8 optimizes the wasm again),
// so the default level runs these passes only, then Wyrm's own outline-loop-bodies
// (outlineloops.ts: the loops of functions that run once, out of V8's baseline code). `-O4` keeps
// Binaryen's full -O3 for comparison.

import { binaryen } from './wasm/binaryen.ts';
import { outlineLoopBodies } from './outlineloops.ts';

const QUICK = ['remove-unused-module-elements', 'simplify-locals', 'vacuum', 'remove-unused-brs', 'merge-blocks', 'coalesce-locals'];

const STANDARD = [
  'remove-unused-module-elements',
  'inlining',
  'simplify-locals',
  'vacuum',
  'remove-unused-brs',
  'merge-blocks',
  'coalesce-locals',
  'heap2local',
  'optimize-instructions',
  'precompute',
  'simplify-locals',
  'vacuum',
  'coalesce-locals',
  'reorder-locals',
  'remove-unused-module-elements',
];

/** The largest function (in Binaryen's size measure) inlined into its only caller. */
const ONE_CALLER_INLINE_MAX_SIZE = 20;

export function optimizeModule(module: binaryen.Module, level: number): void {
  if (level <= 0) return;
  binaryen.setShrinkLevel(0);
  limitInlining();
  if (level >= 4) {
    binaryen.setOptimizeLevel(3);
    module.optimize();
    return;
  }
  binaryen.setOptimizeLevel(2);
  module.runPasses(level === 1 ? QUICK : STANDARD);
  if (level >= 2) outlineLoopBodies(module);
}

/**
 * Binaryen inlines a function called from one place whatever its size; V8 has no on-stack
 * replacement for wasm, so a hot loop inlined into a function called once (the program's main)
 * would run in V8's baseline code to the end. Only small ones are inlined into their only
 * caller (measured with `npm run bench`'s programs: the Brainfuck interpreter and mandelbrot
 * ran twice as fast, the others unchanged). Still so with outline-loop-bodies: letting 200
 * inline made json_parse and wordcount slower; Binaryen's flexible inlining applies at -O3 to
 * functions without calls only, so raising it changed nothing (spectral_norm's eval_a, which
 * calls `raise` on overflow, is inlined by V8's TurboFan instead).
 */
function limitInlining(): void {
  binaryen.setOneCallerInlineMaxSize(ONE_CALLER_INLINE_MAX_SIZE);
}
