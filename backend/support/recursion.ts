// The recursion limit: a depth counter that every translated function increments on entry and
// decrements on exit, raising RecursionError past CPython's default limit, so that runaway
// recursion is a catchable Python exception instead of a crash of the host.

import { binaryen } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { raiseException } from './exceptions.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;
/** CPython's default sys.getrecursionlimit(). */
export const RECURSION_LIMIT = 1000;

function depth(s: Support): string {
  return s.global('depth', i32, () => s.module.i32.const(0));
}

function limit(s: Support): string {
  return s.global('recursion_limit', i32, () => s.module.i32.const(RECURSION_LIMIT));
}

/** depth_enter(): 1 when the call must fail with RecursionError (then pending), else 0. */
export function depthEnter(s: Support): string {
  return s.ensure('depth_enter', () => {
    const m = s.module;
    const d = depth(s);
    const classId = s.classId('RecursionError');
    const f = new FunctionBuilder(m, 'depth_enter', []);
    f.finish(i32, [
      m.global.set(d, m.i32.add(m.global.get(d, i32), m.i32.const(1))),
      m.if(
        m.i32.gt_s(m.global.get(d, i32), m.global.get(limit(s), i32)),
        m.block(null, [
          m.call(raiseException(s), [m.i32.const(classId), s.str('maximum recursion depth exceeded'), m.i32.const(-1)], binaryen.none),
          m.return(m.i32.const(1)),
        ]),
      ),
      m.i32.const(0),
    ]);
  });
}

/** depth_leave(): the matching decrement. */
export function depthLeave(s: Support): string {
  return s.ensure('depth_leave', () => {
    const m = s.module;
    const d = depth(s);
    const f = new FunctionBuilder(m, 'depth_leave', []);
    f.finish(binaryen.none, [m.global.set(d, m.i32.sub(m.global.get(d, i32), m.i32.const(1)))]);
  });
}
