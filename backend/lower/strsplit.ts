// Lowering of the iterator a `for` loop gets for `s.split(sep)` (annotator/ops/strsplit.ts): the
// call makes a small struct (repr/iterators.ts SPLIT_ITER), and each step of the loop finds the
// next separator with the runtime library's str_find and slices the piece before it, as
// str.split() would have made it; no list of the pieces is built.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { splitArguments } from '../../annotator/ops/strsplit.ts';
import { intRepr } from '../repr/repr.ts';
import { strRepr } from '../repr/str.ts';
import { SPLIT_ITER, type SplitIterRepr } from '../repr/iterators.ts';
import { strSlice } from '../support/strings.ts';
import { STR, STR_REF } from '../support/types.ts';
import type { CallArgs } from './calls.ts';
import { callLibraryWith } from './library.ts';
import type { LowerOp } from './lowerop.ts';

/** `s.split(sep, maxsplit)` as the iterator, the separator checked first as str.split() does. */
export function lowerSplitIter(hop: LowerOp, repr: SplitIterRepr, self: Hlvalue, call: CallArgs): Expr {
  const m = hop.m;
  const args = splitArguments(call.positional, call.keywords)!;
  const sep = hop.temp(hop.wasmType(strRepr));
  const maxsplit = args.maxsplit === undefined ? m.i64.const(-1n) : hop.valueAs(args.maxsplit, intRepr);
  return m.block(null, [
    sep.set(hop.valueAs(args.sep!, strRepr)),
    callLibraryWith(hop, 'split_check', [{ expr: sep.get(), repr: strRepr }], null),
    hop.model.structNew(SPLIT_ITER, [hop.valueAs(self, strRepr), sep.get(), m.i64.const(0n), maxsplit]),
  ], hop.wasmType(repr));
}

/** A loop's step: whether there is another piece (found and sliced now), and the piece. */
export function splitNext(hop: LowerOp): { hasItem: Expr; item: Expr } {
  const m = hop.m;
  const model = hop.model;
  const get = (name: string): Expr => model.structGet(SPLIT_ITER, hop.arg(0), name);
  const set = (name: string, value: Expr): Expr => model.structSet(SPLIT_ITER, hop.arg(0), name, value);
  const lengthOf = (str: Expr): Expr => m.i64.extend_u(model.arrayLength(model.structGet(STR, str, 'chars')));
  const piece = hop.temp(hop.wasmType(strRepr));
  const start = hop.temp(binaryen.i64);
  const found = hop.temp(binaryen.i64);
  const notFound = (): Expr => m.i64.lt_s(found.get(), m.i64.const(0n));
  const find = callLibraryWith(
    hop,
    'str_find',
    [{ expr: get('str'), repr: strRepr }, { expr: get('sep'), repr: strRepr }, { expr: get('pos'), repr: intRepr }, { expr: lengthOf(get('str')), repr: intRepr }],
    intRepr,
  );
  const hasItem = m.if(
    m.i64.lt_s(get('pos'), m.i64.const(0n)),
    m.i32.const(0),
    m.block(null, [
      start.set(get('pos')),
      // The last piece (no separator after it, or no splits left) ends the iteration.
      found.set(m.if(m.i64.eqz(get('remaining')), m.i64.const(-1n), find)),
      piece.set(m.call(strSlice(hop.support), [get('str'), m.i32.wrap(start.get()), m.i32.wrap(m.select(notFound(), lengthOf(get('str')), found.get()))], model.valueType(STR_REF))),
      set('pos', m.select(notFound(), m.i64.const(-1n), m.i64.add(found.get(), lengthOf(get('sep'))))),
      set('remaining', m.i64.sub(get('remaining'), m.i64.const(1n))),
      m.i32.const(1),
    ], binaryen.i32),
  );
  return { hasItem, item: piece.get() };
}
