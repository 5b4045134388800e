// Lowering of range() and of iteration: iter() makes a small iterator struct, and a for loop's
// `next` becomes a test (has the iterator an item?) and an item fetch, with no StopIteration
// object made. A range iterator counts the items left, so it never overflows at the end of a
// range near the 64-bit limits.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { intRepr } from '../repr/repr.ts';
import { StrRepr } from '../repr/str.ts';
import { ListRepr } from '../repr/list.ts';
import { ListIterRepr, RANGE, RANGE_ITER, RangeIterRepr, RangeRepr, STR_ITER, SplitIterRepr, StrIterRepr, TupleIterRepr } from '../repr/iterators.ts';
import { splitNext } from './strsplit.ts';
import { rangeLength } from '../support/ranges.ts';
import { STR } from '../support/types.ts';
import { charAt } from '../support/strkinds.ts';
import type { CallArgs } from './calls.ts';
import { lowerInstanceIter } from './iterprotocol.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { convertValue } from '../repr/convert.ts';
import type { SomeRange } from '../../annotator/model.ts';
import { characterResult } from './chars.ts';
import type { LowerOp } from './lowerop.ts';
import { lowerDictNext } from './dicts.ts';
import { isStdin } from '../../annotator/ops/variables.ts';
import { lowerLibraryCall } from './library.ts';

export function lowerRange(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const args = call.positional.map((v) => hop.valueAs(v, intRepr));
  const [start, stop, step] = args.length === 1 ? [m.i64.const(0n), args[0]!, m.i64.const(1n)] : [args[0]!, args[1]!, args[2] ?? m.i64.const(1n)];
  const stepValue = hop.temp(binaryen.i64);
  const startValue = hop.temp(binaryen.i64);
  const stopValue = hop.temp(binaryen.i64);
  return m.block(null, [
    startValue.set(start),
    stopValue.set(stop),
    stepValue.set(step),
    m.if(m.i64.eqz(stepValue.get()), hop.raise('ValueError', 'range() arg 3 must not be zero')),
    hop.model.structNew(RANGE, [startValue.get(), stopValue.get(), stepValue.get()]),
  ], hop.wasmType(hop.resultRepr));
}

export function lowerIter(hop: LowerOp): Expr {
  if (isStdin(hop.annotation(0))) return lowerLibraryCall(hop, 'stdin_lines', []);
  const ofInstance = lowerInstanceIter(hop);
  if (ofInstance !== null) return ofInstance;
  const m = hop.m;
  const model = hop.model;
  const source = hop.repr(0);
  const result = hop.resultRepr;
  if (source instanceof RangeRepr && result instanceof RangeIterRepr) {
    const r = hop.temp(hop.wasmType(source));
    const field = (name: string): Expr => model.structGet(RANGE, r.get(), name);
    // With a step of 1 or -1 the length is a subtraction, inline: then the range object does
    // not escape and Binaryen keeps its fields in locals (heap2local).
    const step = (hop.annotation(0) as SomeRange).step;
    let length: Expr;
    if (step === 1n) length = m.select(m.i64.gt_s(field('stop'), field('start')), m.i64.sub(field('stop'), field('start')), m.i64.const(0n));
    else if (step === -1n) length = m.select(m.i64.gt_s(field('start'), field('stop')), m.i64.sub(field('start'), field('stop')), m.i64.const(0n));
    else length = m.call(rangeLength(hop.support), [r.get()], binaryen.i64);
    return m.block(null, [r.set(hop.arg(0)), model.structNew(RANGE_ITER, [field('start'), field('step'), length])], hop.wasmType(result));
  }
  if (source instanceof ListRepr && result instanceof ListIterRepr) return model.structNew(result.struct, [hop.arg(0), m.i32.const(0)]);
  if (source instanceof StrRepr && result instanceof StrIterRepr) return model.structNew(STR_ITER, [hop.arg(0), m.i32.const(0)]);
  if (result instanceof TupleIterRepr) return model.structNew(result.struct, [...(result.tuple.isVoid ? [] : [hop.arg(0)]), m.i32.const(0)]);
  if (source === result) return hop.arg(0);
  throw new Error(`no iter() from ${source.key} to ${result.key}`);
}

/** A for loop's step: whether the iterator has an item, and the code that takes it. */
export function lowerNextOrExhausted(hop: LowerOp): { hasItem: Expr; item: Expr } {
  const ofDict = lowerDictNext(hop);
  if (ofDict !== null) return ofDict;
  const m = hop.m;
  const model = hop.model;
  const repr = hop.repr(0);
  const it = (): Expr => hop.arg(0);
  if (repr instanceof RangeIterRepr) {
    const t = hop.temp(binaryen.i64);
    return {
      hasItem: m.i64.gt_s(model.structGet(RANGE_ITER, it(), 'remaining'), m.i64.const(0n)),
      item: m.block(null, [
        t.set(model.structGet(RANGE_ITER, it(), 'next')),
        model.structSet(RANGE_ITER, it(), 'next', m.i64.add(t.get(), model.structGet(RANGE_ITER, it(), 'step'))),
        model.structSet(RANGE_ITER, it(), 'remaining', m.i64.sub(model.structGet(RANGE_ITER, it(), 'remaining'), m.i64.const(1n))),
        t.get(),
      ], binaryen.i64),
    };
  }
  if (repr instanceof ListIterRepr) {
    const list = repr.list;
    const index = hop.temp(binaryen.i32);
    const items = model.structGet(list.struct, model.structGet(repr.struct, it(), 'list'), 'items');
    return {
      hasItem: m.i32.lt_u(model.structGet(repr.struct, it(), 'index'), model.structGet(list.struct, model.structGet(repr.struct, it(), 'list'), 'length')),
      item: m.block(null, [
        index.set(model.structGet(repr.struct, it(), 'index')),
        model.structSet(repr.struct, it(), 'index', m.i32.add(index.get(), m.i32.const(1))),
        ...(list.item.isVoid ? [] : [model.arrayGet(list.items, items, index.get())]),
      ], list.item.isVoid ? binaryen.none : hop.wasmType(list.item)),
    };
  }
  if (repr instanceof TupleIterRepr) return tupleNext(hop, repr, it);
  if (repr instanceof SplitIterRepr) return splitNext(hop);
  if (repr instanceof StrIterRepr) {
    const index = hop.temp(binaryen.i32);
    const chars = model.structGet(STR, model.structGet(STR_ITER, it(), 'str'), 'chars');
    const { value, type } = characterResult(hop, charAt(hop.support, () => model.structGet(STR, model.structGet(STR_ITER, it(), 'str'), 'chars'), () => index.get()));
    return {
      hasItem: m.i32.lt_u(model.structGet(STR_ITER, it(), 'index'), model.arrayLength(chars)),
      item: m.block(null, [
        index.set(model.structGet(STR_ITER, it(), 'index')),
        model.structSet(STR_ITER, it(), 'index', m.i32.add(index.get(), m.i32.const(1))),
        value,
      ], type),
    };
  }
  throw new Error(`no iteration over ${repr.key}`);
}


/** The next item of a tuple iterator: a test of the index picks the field, converted. */
function tupleNext(hop: LowerOp, repr: TupleIterRepr, it: () => Expr): { hasItem: Expr; item: Expr } {
  const m = hop.m;
  const model = hop.model;
  const count = repr.itemAnnotations.length;
  const index = hop.temp(binaryen.i32);
  const type = repr.item.isVoid ? binaryen.none : hop.wasmType(repr.item);
  const itemAt = (i: number): Expr => {
    if (repr.item.isVoid) return m.nop();
    const tuple = repr.tuple;
    if (!(tuple instanceof TupleRepr) || tuple.items[i]!.isVoid) return repr.item.constant(repr.itemAnnotations[i]!.constValue, hop.ctx);
    const value = model.structGet(tuple.struct, model.structGet(repr.struct, it(), 'tuple'), `${i}`);
    return convertValue(hop.ctx, tuple.items[i]!, repr.item, value);
  };
  let chain: Expr = count > 0 ? itemAt(count - 1) : m.unreachable();
  for (let i = count - 2; i >= 0; i--) chain = m.if(m.i32.eq(index.get(), m.i32.const(i)), itemAt(i), chain);
  return {
    hasItem: m.i32.lt_u(model.structGet(repr.struct, it(), 'index'), m.i32.const(count)),
    item: m.block(null, [
      index.set(model.structGet(repr.struct, it(), 'index')),
      model.structSet(repr.struct, it(), 'index', m.i32.add(index.get(), m.i32.const(1))),
      chain,
    ], type),
  };
}
