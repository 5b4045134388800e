// Lowering of dicts and sets. Almost every operation is a call of the runtime library function
// the annotator chose (annotator/ops/dicts.ts makes the same LibraryPlan from the same
// annotations); what is lowered inline is creating an empty dict or set, len(), the truth
// value, the views (the dict itself), iterators, the intrinsics that read the parts of a dict,
// and the step of a for loop over a dict or set: the library finds the next entry (and raises
// CPython's RuntimeError when the dict changed size), the loop reads it from the entry lists.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { SomeDict, SomeDictView, SomeSet, type SomeBuiltin } from '../../annotator/model.ts';
import { isDictLike, isFrozenSetDisplay } from '../../annotator/ops/dicts.ts';
import {
  comparisonPlan, constructorPlan, containsPlan, dictMethodPlan, fillsFresh, hashFunction, operatorPlan, setMethodPlan, type LibraryPlan,
} from '../../annotator/ops/dictplans.ts';
import { sourceOfGraph } from '../../annotator/position.ts';
import type { Span } from '../../frontend/source.ts';
import { FunctionEmitter } from '../emit/function.ts';
import { DictIterRepr, DictRepr, DictViewRepr } from '../repr/dict.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { floatRepr, intRepr, type Repr } from '../repr/repr.ts';
import { StrRepr, strRepr } from '../repr/str.ts';
import { dictNew } from '../support/dicts.ts';
import { EXCEPTION_OR_NONE, STR } from '../support/types.ts';
import { pendingException, tbPush } from '../support/exceptions.ts';
import type { CallArgs } from './calls.ts';
import { type Arg, callLibraryWith, lowerLibraryCall } from './library.ts';
import type { LowerOp } from './lowerop.ts';

/** The call a plan describes, with the operation's `values`. */
function lowerPlan(hop: LowerOp, plan: LibraryPlan, values: readonly Hlvalue[]): Expr {
  if (fillsFresh(plan)) {
    // A new container, filled by the library, is the result.
    const repr = hop.resultRepr as DictRepr;
    const fresh = hop.temp(hop.wasmType(repr));
    const args = plan.args.map((a): Arg => (a === 'fresh' ? { expr: fresh.get(), repr } : typeof a === 'number' ? { value: values[a]! } : { value: new Constant(a.constant) }));
    return hop.m.block(null, [fresh.set(newEmpty(hop, repr)), callLibraryWith(hop, plan.name, args, null), fresh.get()], hop.wasmType(repr));
  }
  const args = plan.args.map((a) => (typeof a === 'number' ? values[a]! : new Constant((a as { constant: bigint }).constant)));
  if (!plan.returnsSelf) return lowerLibraryCall(hop, plan.name, args);
  const call = callLibraryWith(hop, plan.name, args.map((value) => ({ value })), null);
  return hop.m.block(null, [call, hop.valueAs(values[0]!, hop.resultRepr)], hop.wasmType(hop.resultRepr));
}

/** The dict or set representation of a dict, set or view value. */
function dataRepr(repr: Repr): DictRepr {
  if (repr instanceof DictRepr) return repr;
  if (repr instanceof DictViewRepr) return repr.dict;
  throw new Error(`${repr.key} is not a dict or a set`);
}

/** A new empty dict or set. */
function newEmpty(hop: LowerOp, repr: DictRepr): Expr {
  return hop.m.call(dictNew(hop.support, repr), [], hop.wasmType(repr));
}

function lowerNewDict(hop: LowerOp): Expr {
  const m = hop.m;
  const repr = hop.resultRepr as DictRepr;
  if (hop.args.length === 0) return newEmpty(hop, repr);
  const d = hop.temp(hop.wasmType(repr));
  const code: Expr[] = [d.set(newEmpty(hop, repr))];
  for (let i = 0; i + 1 < hop.args.length; i += 2) {
    code.push(callLibraryWith(hop, 'dict_setitem', [{ expr: d.get(), repr }, { value: hop.args[i]! }, { value: hop.args[i + 1]! }], null));
  }
  return m.block(null, [...code, d.get()], hop.wasmType(repr));
}

function lowerNewSet(hop: LowerOp): Expr {
  const m = hop.m;
  const repr = hop.resultRepr as DictRepr;
  if (hop.args.length === 0) return newEmpty(hop, repr);
  const s = hop.temp(hop.wasmType(repr));
  const code: Expr[] = [s.set(newEmpty(hop, repr))];
  for (const item of hop.args) code.push(callLibraryWith(hop, 'set_add', [{ expr: s.get(), repr }, { value: item }], null));
  if (isFrozenSetDisplay(hop.op)) {
    // CPython's frozenset constant, rebuilt from its own order, then copied into a new set.
    const frozen = callLibraryWith(hop, 'set_reinsert', [{ expr: s.get(), repr }], repr);
    code.push(s.set(callLibraryWith(hop, 'set_from_set', [{ expr: frozen, repr }], repr)));
  }
  return m.block(null, [...code, s.get()], hop.wasmType(repr));
}

function lowerIterOfDict(hop: LowerOp): Expr {
  const m = hop.m;
  const model = hop.model;
  const result = hop.resultRepr as DictIterRepr;
  const data = result.data;
  const d = hop.temp(hop.wasmType(data));
  const used = (): Expr => model.structGet(data.struct, d.get(), 'used');
  return m.block(null, [
    d.set(hop.argAs(0, data)),
    model.structNew(result.struct, [d.get(), m.i64.const(0n), used(), used()]),
  ], hop.wasmType(result));
}

/** The operations on dicts and sets; null for other operations or operands. */
export function lowerDictOperation(hop: LowerOp): Expr | null {
  const opname = hop.opname;
  if (opname === 'newdict') return lowerNewDict(hop);
  if (opname === 'newset') return lowerNewSet(hop);
  if (hop.args.length === 0) return null;
  const first = hop.annotation(0);
  switch (opname) {
    case 'getitem':
      return first instanceof SomeDict ? lowerLibraryCall(hop, 'dict_getitem', [hop.args[0]!, hop.args[1]!]) : null;
    case 'setitem':
      return first instanceof SomeDict ? lowerLibraryCall(hop, 'dict_setitem', [hop.args[0]!, hop.args[1]!, hop.args[2]!]) : null;
    case 'delitem':
      return first instanceof SomeDict ? lowerLibraryCall(hop, 'dict_delitem', [hop.args[0]!, hop.args[1]!]) : null;
    case 'contains': {
      if (!isDictLike(first)) return null;
      if (hop.resultAnnotation.isConstant) return hop.m.i32.const(hop.resultAnnotation.constValue ? 1 : 0);
      return lowerPlan(hop, containsPlan(first)!, [hop.args[0]!, hop.args[1]!]);
    }
    case 'iter':
      return hop.resultRepr instanceof DictIterRepr ? lowerIterOfDict(hop) : null;
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge': {
      if (hop.resultAnnotation.isConstant) return null;
      const plan = comparisonPlan(opname, first, hop.annotation(1));
      if (plan === null) return null;
      const result = lowerPlan(hop, plan, [hop.args[0]!, hop.args[1]!]);
      return opname === 'ne' ? hop.m.i32.eqz(result) : result;
    }
    default: {
      if (hop.args.length !== 2) return null;
      const plan = operatorPlan(opname, first, hop.annotation(1));
      return plan === null ? null : lowerPlan(hop, plan, [hop.args[0]!, hop.args[1]!]);
    }
  }
}

/** The span of the whole source line of the operation (a traceback entry without carets). */
function wholeLine(hop: LowerOp): Span | null {
  const span = hop.op.span;
  if (!span) return null;
  const source = sourceOfGraph(hop.fn.graph);
  const line = source.lineOf(span.start);
  const text = source.lineText(line);
  const indent = text.length - text.trimStart().length;
  return { start: source.lineStart(line) + indent, length: text.length - indent };
}

/** The step of a for loop over a dict, set or view: whether there is an item, and the item. */
export function lowerDictNext(hop: LowerOp): { hasItem: Expr; item: Expr } | null {
  const repr = hop.repr(0);
  if (!(repr instanceof DictIterRepr)) return null;
  const m = hop.m;
  const model = hop.model;
  const data = repr.data;
  const it = (): Expr => hop.arg(0);
  const get = (name: string): Expr => model.structGet(repr.struct, it(), name);
  const t = hop.temp(binaryen.i64);
  const args: Arg[] = [{ expr: get('dict'), repr: data }, { expr: get('pos'), repr: intRepr }, { expr: get('used'), repr: intRepr }];
  if (!data.isSet) args.push({ expr: get('remaining'), repr: intRepr });
  const next = callLibraryWith(hop, data.isSet ? 'set_next_slot' : 'dict_next_entry', args, intRepr);
  // The library raised (the dict changed during the loop): propagate from the loop's line,
  // which CPython shows without carets.
  const pending = m.global.get(pendingException(hop.support), model.valueType(EXCEPTION_OR_NONE));
  const hasItem = m.block(null, [
    t.set(next),
    // The frame of the loop's line, then the operation's raise path (to the enclosing try's
    // handlers, or out of the function).
    m.if(m.i32.eqz(model.isNull(pending)), m.block(null, [m.call(tbPush(hop.support), [m.i32.const(hop.fn.siteOf(wholeLine(hop)))], binaryen.none), hop.leaveRaised()])),
    model.structSet(repr.struct, it(), 'pos', m.i64.add(t.get(), m.i64.const(1n))),
    model.structSet(repr.struct, it(), 'remaining', m.i64.sub(get('remaining'), m.i64.const(1n))),
    m.i64.ge_s(t.get(), m.i64.const(0n)),
  ], binaryen.i32);
  const entry = (): Expr => (data.isSet ? m.i32.wrap(model.arrayGet(data.ints.items, model.structGet(data.ints.struct, model.structGet(data.struct, get('dict'), 'indices'), 'items'), m.i32.wrap(t.get()))) : m.i32.wrap(t.get()));
  const key = (): Expr | null => (data.keyRepr.isVoid ? null : model.arrayGet(data.keys.items, model.structGet(data.keys.struct, model.structGet(data.struct, get('dict'), 'keys'), 'items'), entry()));
  const value = (): Expr | null => (data.valueRepr!.isVoid ? null : model.arrayGet(data.values!.items, model.structGet(data.values!.struct, model.structGet(data.struct, get('dict'), 'values'), 'items'), entry()));
  let item: Expr;
  if (repr.variant === 'items') {
    const tuple = hop.resultRepr;
    if (tuple instanceof TupleRepr) {
      const parts = [key(), value()].filter((e, i) => tuple.stores(i) && e !== null) as Expr[];
      item = model.structNew(tuple.struct, parts);
    } else {
      item = m.nop();
    }
  } else {
    item = (repr.variant === 'values' ? value() : key()) ?? m.nop();
  }
  return { hasItem, item };
}

/** Calls of builtins on dicts and sets (methods, dict(), set(), hash(), len(), intrinsics). */
export function lowerDictBuiltin(hop: LowerOp, callee: SomeBuiltin, call: CallArgs): Expr | null {
  const m = hop.m;
  const model = hop.model;
  if (callee.self !== null) {
    const self = callee.self;
    const isDict = callee.name.startsWith('dict.') && self instanceof SomeDict;
    const isSet = callee.name.startsWith('set.') && self instanceof SomeSet;
    if (!isDict && !isSet) return null;
    const name = callee.name.slice(isDict ? 5 : 4);
    if (name === 'keys' || name === 'values' || name === 'items') return hop.valueAs(hop.args[0]!, hop.resultRepr);
    const annotations = [self, ...call.positional.map((v) => hop.fn.annotation(v))];
    const plan = isDict ? dictMethodPlan(name, annotations) : setMethodPlan(name, annotations);
    if (plan === null) throw new Error(`no lowering for ${callee.name}`);
    return lowerPlan(hop, plan, [hop.args[0]!, ...call.positional]);
  }
  const arg = (i: number, repr: Repr): Expr => hop.valueAs(call.positional[i]!, repr);
  switch (callee.name) {
    case 'dict':
    case 'set': {
      const value = call.positional[0];
      if (value === undefined) return newEmpty(hop, hop.resultRepr as DictRepr);
      // dict() of pairs that never came (the annotator called no library function): empty.
      if (!hop.ctx.rtyper.annotator.callTargets.has(hop.op)) return newEmpty(hop, hop.resultRepr as DictRepr);
      return lowerPlan(hop, constructorPlan(callee.name, hop.fn.annotation(value)), [value]);
    }
    case 'hash':
      return lowerLibraryCall(hop, hashFunction(hop.fn.annotation(call.positional[0]!))!, [call.positional[0]!]);
    case 'len': {
      const value = call.positional[0];
      if (value === undefined || call.positional.length !== 1 || !isDictLike(hop.fn.annotation(value))) return null;
      const data = dataRepr(hop.fn.reprOf(value));
      return model.structGet(data.struct, hop.valueAs(value, data), 'used');
    }
    default:
      break;
  }
  if (!callee.name.startsWith('__wyrm__.')) return null;
  const name = callee.name.slice('__wyrm__.'.length);
  if (name.startsWith('dict_')) {
    const data = dataRepr(hop.fn.reprOf(call.positional[0]!));
    const d = arg(0, data);
    const keyIsStr = (): boolean => hop.fn.reprOf(call.positional[1]!) instanceof StrRepr;
    switch (name) {
      case 'dict_indices':
      case 'dict_hashes':
      case 'dict_keys':
      case 'dict_values':
      case 'dict_used':
      case 'dict_fill':
      case 'dict_finger':
        return model.structGet(data.struct, d, name.slice(5));
      case 'dict_new_like':
        return newEmpty(hop, data);
      case 'dict_set_indices':
        // A new table moves every slot: the cached one goes with it.
        if (!data.cachesLookup) return model.structSet(data.struct, d, 'indices', arg(1, data.ints));
        return withDict(hop, data, d, (t) => [model.structSet(data.struct, t(), 'indices', arg(1, data.ints)), forgetCached(hop, data, t())]);
      case 'dict_cached_slot': {
        // A key of another type (d.get(0) on a dict of str) is never the cached one.
        if (!data.cachesLookup || !keyIsStr()) return m.i64.const(-1n);
        return withDict(hop, data, d, (t) => {
          // The slot is read before the test (a select evaluates its condition last).
          const slot = hop.temp(binaryen.i64);
          const isCachedKey = model.refEq(model.structGet(data.struct, t(), 'cached_key'), arg(1, data.keyRepr));
          return [slot.set(model.structGet(data.struct, t(), 'cached_slot')), m.select(isCachedKey, slot.get(), m.i64.const(-1n))];
        }, binaryen.i64);
      }
      case 'dict_cache':
        if (!data.cachesLookup || !keyIsStr()) return m.nop();
        return withDict(hop, data, d, (t) => [
          model.structSet(data.struct, t(), 'cached_key', arg(1, data.keyRepr)),
          model.structSet(data.struct, t(), 'cached_slot', arg(2, intRepr)),
        ]);
      case 'dict_uncache':
        return data.cachesLookup ? forgetCached(hop, data, d) : m.nop();
      case 'dict_set_used':
      case 'dict_set_fill':
      case 'dict_set_finger':
        return model.structSet(data.struct, d, name.slice(9), arg(1, intRepr));
      default:
        return null;
    }
  }
  switch (name) {
    case 'float_bits':
      return m.i64.reinterpret(arg(0, floatRepr));
    case 'int_add_wrap':
      return m.i64.add(arg(0, intRepr), arg(1, intRepr));
    case 'int_mul_wrap':
      return m.i64.mul(arg(0, intRepr), arg(1, intRepr));
    case 'int_rotl':
      return m.i64.rotl(arg(0, intRepr), arg(1, intRepr));
    case 'int_shl_wrap':
      return m.i64.shl(arg(0, intRepr), arg(1, intRepr));
    case 'str_hash_cache':
      return model.structGet(STR, arg(0, strRepr), 'hash');
    case 'str_set_hash_cache':
      return model.structSet(STR, arg(0, strRepr), 'hash', arg(1, intRepr));
    default:
      return null;
  }
}

/** Evaluates the dict once into a temporary and builds the code that reads it. */
function withDict(hop: LowerOp, data: DictRepr, d: Expr, body: (dict: () => Expr) => Expr[], type: binaryen.Type = binaryen.none): Expr {
  const t = hop.temp(hop.wasmType(data));
  return hop.m.block(null, [t.set(d), ...body(() => t.get())], type);
}

function forgetCached(hop: LowerOp, data: DictRepr, d: Expr): Expr {
  return hop.model.structSet(data.struct, d, 'cached_slot', hop.m.i64.const(-1n));
}

/** The truth value of a dict or set (not empty); null for other representations. */
export function dictTruth(hop: LowerOp, repr: Repr, value: Expr): Expr | null {
  if (!(repr instanceof DictRepr || repr instanceof DictViewRepr)) return null;
  const m = hop.m;
  const data = dataRepr(repr);
  const t = hop.temp(hop.wasmType(data));
  return m.if(hop.model.isNull(t.tee(value)), m.i32.const(0), m.i64.ne(hop.model.structGet(data.struct, t.get(), 'used'), m.i64.const(0n)));
}
