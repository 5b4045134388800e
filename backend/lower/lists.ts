// Lowering of list operations: displays, indexing with Python's negative indices and
// IndexError, item assignment and deletion, `[x] * n`, and the methods of list.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { SomeBuiltin } from '../../annotator/model.ts';
import { SomeInteger } from '../../annotator/model.ts';
import { intRepr } from '../repr/repr.ts';
import { ListRepr } from '../repr/list.ts';
import { StrRepr } from '../repr/str.ts';
import { RANGE, RangeRepr } from '../repr/iterators.ts';
import { rangeLength } from '../support/ranges.ts';
import { listAppend, listConcat, listConvert, listInsert, listPop, listRepeat } from '../support/lists.ts';
import { STR, STR_CHARS_REF } from '../support/types.ts';
import { charAt } from '../support/strkinds.ts';
import type { CallArgs } from './calls.ts';
import { lowerLibraryCall } from './library.ts';
import { listLibraryFunction } from '../../annotator/ops/containers.ts';
import { characterResult } from './chars.ts';
import type { LowerOp } from './lowerop.ts';

export function lowerNewList(hop: LowerOp): Expr {
  const list = hop.resultRepr as ListRepr;
  const items = hop.args.map((_, i) => (list.item.isVoid ? hop.m.i32.const(0) : hop.argAs(i, list.item)));
  return hop.model.structNew(list.struct, [hop.m.i32.const(items.length), hop.model.arrayNewFixed(list.items, items)]);
}

/**
 * The checked index (an i32) of item `indexArg` in a sequence of `length` items: negative
 * indices count from the end, and an index outside raises IndexError with `message`.
 */
function checkedIndex(hop: LowerOp, indexArg: number, length: Expr, message: string): { setup: Expr[]; index: Expr } {
  const m = hop.m;
  const i = hop.temp(binaryen.i64);
  const n = hop.temp(binaryen.i64);
  const nonneg = (hop.annotation(indexArg) as SomeInteger).nonneg;
  const setup = [i.set(hop.argAs(indexArg, intRepr)), n.set(m.i64.extend_u(length))];
  const outside = (): Expr => m.i64.ge_u(i.get(), n.get());
  if (nonneg) setup.push(m.if(outside(), hop.raise('IndexError', message)));
  else {
    // One unsigned test on the usual path: a negative index is "outside" too, and only then
    // is it counted from the end and tested again.
    setup.push(m.if(outside(), m.block(null, [
      m.if(m.i64.lt_s(i.get(), m.i64.const(0n)), i.set(m.i64.add(i.get(), n.get()))),
      m.if(outside(), hop.raise('IndexError', message)),
    ])));
  }
  return { setup, index: m.i32.wrap(i.get()) };
}

export function lowerGetItem(hop: LowerOp): Expr | null {
  const m = hop.m;
  const model = hop.model;
  const container = hop.repr(0);
  if (container instanceof ListRepr) {
    const list = hop.temp(hop.wasmType(container));
    const length = model.structGet(container.struct, list.get(), 'length');
    const { setup, index } = checkedIndex(hop, 1, length, 'list index out of range');
    // Items without a run-time value (None, or a list that stays empty): only the check remains.
    if (container.item.isVoid) return m.block(null, [list.set(hop.arg(0)), ...setup]);
    return m.block(null, [list.set(hop.arg(0)), ...setup, model.arrayGet(container.items, model.structGet(container.struct, list.get(), 'items'), index)], hop.wasmType(container.item));
  }
  if (container instanceof RangeRepr) {
    const range = hop.temp(hop.wasmType(container));
    const i = hop.temp(binaryen.i64);
    const n = hop.temp(binaryen.i64);
    return m.block(null, [
      range.set(hop.arg(0)),
      i.set(hop.argAs(1, intRepr)),
      n.set(m.call(rangeLength(hop.support), [range.get()], binaryen.i64)),
      m.if(m.i64.lt_s(i.get(), m.i64.const(0n)), i.set(m.i64.add(i.get(), n.get()))),
      m.if(m.i64.ge_u(i.get(), n.get()), hop.raise('IndexError', 'range object index out of range')),
      // Inside the range, so start + i * step cannot overflow.
      m.i64.add(model.structGet(RANGE, range.get(), 'start'), m.i64.mul(i.get(), model.structGet(RANGE, range.get(), 'step'))),
    ], binaryen.i64);
  }
  if (container instanceof StrRepr) {
    const chars = hop.temp(hop.model.valueType(STR_CHARS_REF));
    const at = hop.temp(binaryen.i32);
    const { setup, index } = checkedIndex(hop, 1, model.arrayLength(chars.get()), 'string index out of range');
    const { value, type } = characterResult(hop, charAt(hop.support, () => chars.get(), () => at.get()));
    return m.block(null, [chars.set(model.structGet(STR, hop.arg(0), 'chars')), ...setup, at.set(index), value], type);
  }
  return null;
}

export function lowerSetItem(hop: LowerOp): Expr | null {
  const m = hop.m;
  const model = hop.model;
  const container = hop.repr(0);
  if (!(container instanceof ListRepr)) return null;
  const list = hop.temp(hop.wasmType(container));
  const { setup, index } = checkedIndex(hop, 1, model.structGet(container.struct, list.get(), 'length'), 'list assignment index out of range');
  if (container.item.isVoid) return m.block(null, [list.set(hop.arg(0)), ...setup]);
  return m.block(null, [
    list.set(hop.arg(0)),
    ...setup,
    model.arraySet(container.items, model.structGet(container.struct, list.get(), 'items'), index, hop.argAs(2, container.item)),
  ]);
}

export function lowerDelItem(hop: LowerOp): Expr | null {
  const container = hop.repr(0);
  if (!(container instanceof ListRepr)) return null;
  const m = hop.m;
  const list = hop.temp(hop.wasmType(container));
  const { setup, index } = checkedIndex(hop, 1, hop.model.structGet(container.struct, list.get(), 'length'), 'list assignment index out of range');
  return m.block(null, [
    list.set(hop.arg(0)),
    ...setup,
    m.drop(m.call(listPop(hop.support, container), [list.get(), m.i64.extend_u(index), m.i32.const(hop.site)], hop.model.valueType(container.items.element))),
  ]);
}

/** `a + b` of lists (a new list) and `a += b` (extends a, which is the result). */
export function lowerListConcat(hop: LowerOp): Expr {
  if (hop.opname === 'inplace_add') {
    return hop.m.block(null, [lowerLibraryCall(hop, 'list_extend', [hop.args[0]!, hop.args[1]!]), hop.argAs(0, hop.resultRepr)], hop.wasmType(hop.resultRepr));
  }
  const [a, b] = [hop.repr(0) as ListRepr, hop.repr(1) as ListRepr];
  const result = hop.resultRepr as ListRepr;
  return hop.m.call(listConcat(hop.support, hop.ctx, a, b, result), [hop.arg(0), hop.arg(1)], hop.wasmType(result));
}

/** `[x] * n` and `n * [x]`. */
export function lowerListRepeat(hop: LowerOp): Expr | null {
  const listArg = hop.repr(0) instanceof ListRepr ? 0 : hop.repr(1) instanceof ListRepr ? 1 : -1;
  if (listArg < 0) return null;
  const list = hop.repr(listArg) as ListRepr;
  const result = hop.resultRepr as ListRepr;
  const times = hop.argAs(1 - listArg, intRepr);
  // The repeated list may hold wider items than the one repeated ([None] * n, filled later).
  const source = list === result ? hop.arg(listArg) : hop.m.call(listConvert(hop.support, hop.ctx, list, result), [hop.arg(listArg)], hop.wasmType(result));
  return hop.callSupportMayRaise(listRepeat(hop.support, result), [source, times, hop.m.i32.const(hop.site)], hop.wasmType(result));
}

export function listMethod(hop: LowerOp, method: SomeBuiltin, call: CallArgs): Expr {
  const m = hop.m;
  const list = hop.repr(0) as ListRepr;
  const self = hop.arg(0);
  const name = method.name.slice('list.'.length);
  // Items without a run-time value (None) are stored as a placeholder.
  const arg = (i: number, repr = list.item): Expr => (repr.isVoid ? m.i32.const(0) : hop.valueAs(call.positional[i]!, repr));
  const library = ['extend', 'index', 'count', 'reverse', 'copy', 'remove', 'sort'];
  if (library.includes(name)) return lowerLibraryCall(hop, listLibraryFunction(name, call.keywords), [hop.args[0]!, ...call.positional], call.keywords);
  switch (name) {
    case 'append':
      return m.call(listAppend(hop.support, list), [self, arg(0)], binaryen.none);
    case 'pop': {
      const index = call.positional.length > 0 ? arg(0, intRepr) : m.i64.const(-1n);
      return hop.callSupportMayRaise(listPop(hop.support, list), [self, index, m.i32.const(hop.site)], hop.model.valueType(list.items.element));
    }
    case 'insert':
      return m.call(listInsert(hop.support, list), [self, arg(0, intRepr), arg(1)], binaryen.none);
    case 'clear':
      return hop.model.structSet(list.struct, self, 'length', m.i32.const(0));
    default:
      throw new Error(`no lowering for list.${name}`);
  }
}
