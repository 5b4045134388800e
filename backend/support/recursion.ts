// The recursion limit. Every translated function takes, before its own parameters, the depth of
// its caller (an i32: the number of counting frames below it), and raises RecursionError when
// its own frame would pass CPython's default limit, so that runaway recursion is a catchable
// Python exception instead of a crash of the host. The depth travels as an argument, not in a
// global, so that a call costs an add and a compare on a register: a global counter cost two
// loads and two stores per call (with none of them, richards ran 15% faster and n-queens 7%; as
// built, richards 7% and spectral norm 5%: bench/RESULTS.md, section 9).
// Support code that calls back into translated code (the text of an instance, for print()) is
// not passed the depth; it reads the `depth` global, which translated code sets before such a
// call (setDepthGlobal).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { raiseException } from './exceptions.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;
/** CPython's default sys.getrecursionlimit(). */
export const RECURSION_LIMIT = 1000;

function depthGlobal(s: Support): string {
  return s.global('depth', i32, () => s.module.i32.const(0));
}

/** The depth support code passes to the translated functions it calls. */
export function depthFromGlobal(s: Support): Expr {
  return s.module.global.get(depthGlobal(s), i32);
}

/** Makes `depth` the one support code passes on (before a call that may reach it). */
export function setDepthGlobal(s: Support, depth: Expr): Expr {
  return s.module.global.set(depthGlobal(s), depth);
}

/**
 * The entry of a counting function whose depth parameter is local `param`: the parameter
 * becomes its own frame's depth (what it passes to its callees), and past the limit
 * RecursionError and `fail`.
 */
export function depthEnterInline(s: Support, param: number, fail: Expr): Expr {
  const m = s.module;
  return m.block(null, [
    m.local.set(param, m.i32.add(m.local.get(param, i32), m.i32.const(1))),
    // A constant limit (sys.setrecursionlimit is not supported), so V8 compares with an immediate.
    m.if(m.i32.gt_s(m.local.get(param, i32), m.i32.const(RECURSION_LIMIT)), m.block(null, [m.call(recursionError(s), [], binaryen.none), fail])),
  ]);
}

/** recursion_error(): raises RecursionError (the slow path of the depth tests). */
function recursionError(s: Support): string {
  return s.ensure('recursion_error', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'recursion_error', []);
    f.finish(binaryen.none, [
      m.call(raiseException(s), [m.i32.const(s.classId('RecursionError')), s.str('maximum recursion depth exceeded'), m.i32.const(-1)], binaryen.none),
    ]);
  });
}

/**
 * The entry of a leaf function (it calls no translated function, so no one reads its frame's
 * depth): RecursionError when its frame would be one too deep.
 */
export function depthCheckInline(s: Support, param: number, fail: Expr): Expr {
  const m = s.module;
  return m.if(m.i32.ge_s(m.local.get(param, i32), m.i32.const(RECURSION_LIMIT)), m.block(null, [m.call(recursionError(s), [], binaryen.none), fail]));
}
