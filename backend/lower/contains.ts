// Lowering of `x in container`: lists and strs through the runtime library, ranges by
// arithmetic (no iteration), tuples of one item type by the list search.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { intRepr } from '../repr/repr.ts';
import { ListRepr } from '../repr/list.ts';
import { StrRepr } from '../repr/str.ts';
import { STR, STR_CHARS_REF } from '../support/types.ts';
import { charAt } from '../support/strkinds.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { RANGE, RangeRepr } from '../repr/iterators.ts';
import { lowerLibraryCall } from './library.ts';
import { codePointsOf, isOneOf } from './chars.ts';
import type { LowerOp } from './lowerop.ts';

/** The longest constant whose code points `ch in "..."` compares one by one, inline. */
const MAX_INLINE_CHARS = 16;

/**
 * `ch in " \t\n"` with a short constant: a scanner's test of one character, inline (a code
 * point compared with each of the constant's) when `ch` has one code point; other lengths take
 * the library's substring search. Null when the container is not such a constant.
 */
function charInConstant(hop: LowerOp): Expr | null {
  const text = hop.constant(0);
  const item = hop.repr(1);
  if (typeof text !== 'string' || !(item instanceof StrRepr) || item.canBeNone) return null;
  const points = codePointsOf(text);
  if (points.length === 0 || points.length > MAX_INLINE_CHARS) return null;
  const m = hop.m;
  const model = hop.model;
  const chars = hop.temp(model.valueType(STR_CHARS_REF));
  const c = hop.temp(binaryen.i32);
  const anyEqual = isOneOf(hop, c.get, points);
  const search = lowerLibraryCall(hop, 'str_contains', [hop.args[0]!, hop.args[1]!]);
  return m.if(
    m.i32.eq(model.arrayLength(chars.tee(model.structGet(STR, hop.arg(1), 'chars'))), m.i32.const(1)),
    m.block(null, [c.set(charAt(hop.support, () => chars.get(), () => m.i32.const(0))), anyEqual], binaryen.i32),
    search,
  );
}

export function lowerContains(hop: LowerOp): Expr | null {
  const m = hop.m;
  if (hop.resultAnnotation.isConstant) return m.i32.const(hop.resultAnnotation.constValue ? 1 : 0);
  const container = hop.repr(0);
  if (container instanceof ListRepr || container instanceof TupleRepr) return lowerLibraryCall(hop, 'list_contains', [hop.args[0]!, hop.args[1]!]);
  if (container instanceof StrRepr) return charInConstant(hop) ?? lowerLibraryCall(hop, 'str_contains', [hop.args[0]!, hop.args[1]!]);
  if (container instanceof RangeRepr) {
    const model = hop.model;
    const r = hop.temp(hop.wasmType(container));
    const x = hop.temp(binaryen.i64);
    const get = (name: string): Expr => model.structGet(RANGE, r.get(), name);
    // start <= x < stop (or stop < x <= start for a negative step), and on a step.
    const inBounds = m.if(
      m.i64.gt_s(get('step'), m.i64.const(0n)),
      m.i32.and(m.i64.ge_s(x.get(), get('start')), m.i64.lt_s(x.get(), get('stop'))),
      m.i32.and(m.i64.le_s(x.get(), get('start')), m.i64.gt_s(x.get(), get('stop'))),
    );
    const onStep = m.i64.eqz(m.i64.rem_s(m.i64.sub(x.get(), get('start')), get('step')));
    return m.block(null, [r.set(hop.arg(0)), x.set(hop.argAs(1, intRepr)), m.if(inBounds, onStep, m.i32.const(0))], binaryen.i32);
  }
  return null;
}
