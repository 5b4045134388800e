// The recursion limit: a depth counter that every translated function increments on entry and
// decrements on exit, raising RecursionError past CPython's default limit, so that runaway
// recursion is a catchable Python exception instead of a crash of the host. The counting is
// inline: a call each way would double the cost of a small function.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { raiseException } from './exceptions.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;
/** CPython's default sys.getrecursionlimit(). */
export const RECURSION_LIMIT = 1000;

function depth(s: Support): string {
  return s.global('depth', i32, () => s.module.i32.const(0));
}

/**
 * The entry of a counting function, inline (a call per call would double the cost of small
 * functions): the increment, and when past the limit RecursionError and `fail`.
 */
export function depthEnterInline(s: Support, fail: Expr): Expr {
  const m = s.module;
  const d = depth(s);
  return m.block(null, [
    m.global.set(d, m.i32.add(m.global.get(d, i32), m.i32.const(1))),
    // A constant limit (sys.setrecursionlimit is not supported), so V8 compares with an immediate.
    m.if(m.i32.gt_s(m.global.get(d, i32), m.i32.const(RECURSION_LIMIT)), m.block(null, [m.call(recursionError(s), [], binaryen.none), fail])),
  ]);
}

/** recursion_error(): raises RecursionError (the slow path of depthEnterInline). */
function recursionError(s: Support): string {
  return s.ensure('recursion_error', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'recursion_error', []);
    f.finish(binaryen.none, [
      m.call(raiseException(s), [m.i32.const(s.classId('RecursionError')), s.str('maximum recursion depth exceeded'), m.i32.const(-1)], binaryen.none),
    ]);
  });
}

/** The matching decrement, inline. */
export function depthLeaveInline(s: Support): Expr {
  const m = s.module;
  const d = depth(s);
  return m.global.set(d, m.i32.sub(m.global.get(d, i32), m.i32.const(1)));
}

/**
 * The entry of a leaf function: RecursionError when it would be one frame too deep, without
 * counting (it calls nothing that reads the counter).
 */
export function depthCheckInline(s: Support, fail: Expr): Expr {
  const m = s.module;
  return m.if(m.i32.ge_s(m.global.get(depth(s), i32), m.i32.const(RECURSION_LIMIT)), m.block(null, [m.call(recursionError(s), [], binaryen.none), fail]));
}
