// The Binaryen passes Wyrm runs, per optimization level. Binaryen's own -O3 pipeline costs about
// a second in binaryen.js on a small program and, measured on n-body and fib, buys nothing in
// run time over this shorter list once V8 has compiled the module (V8 optimizes the wasm again),
// so the default level runs these passes only. `-O4` keeps Binaryen's full -O3 for comparison.

import { binaryen } from './wasm/binaryen.ts';

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

export function optimizeModule(module: binaryen.Module, level: number): void {
  if (level <= 0) return;
  binaryen.setShrinkLevel(0);
  if (level >= 4) {
    binaryen.setOptimizeLevel(3);
    module.optimize();
    return;
  }
  binaryen.setOptimizeLevel(2);
  module.runPasses(level === 1 ? QUICK : STANDARD);
}
