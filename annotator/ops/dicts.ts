// Dicts and sets: displays, `dict()`/`set()`, indexing, `in`, iteration, views, the methods of
// dict and set, the set operators and comparisons, hash(), and the intrinsics the runtime
// library (runtime/lib/dict.py, set.py, hash.py) uses to reach the parts of a dict.
//
// Every operation on a dict or set is a call of a library function, specialized for the key
// and value types like any call; the rules here check the arguments as CPython would accept
// them, widen the dict's key and value types with what the user's code stores (so that a
// conflict is reported at the user's line, not in the library), and choose the function. The
// choice is a LibraryPlan shared with the lowering (backend/lower/dicts.ts), which calls the
// function the plan names with the arguments it lists.

import { Diag } from '../../diagnostics/catalog.ts';
import { compileError, type CompileError, type Note } from '../../diagnostics/diagnostic.ts';
import { containerRole, dictdefFor } from '../dictdef.ts';
import type { ListItemConflict } from '../listdef.ts';
import { Constant, type Block, type Hlvalue, type SpaceOperation } from '../../frontend/flowmodel.ts';
import {
  SomeBool, SomeBuiltin, SomeDict, SomeDictView, SomeFloat, SomeImpossible, SomeInstance, SomeInteger, SomeIterator,
  SomeList, SomeNone, SomeRange, SomeSet, SomeString, SomeTuple, s_ImpossibleValue, type SomeValue,
} from '../model.ts';
import { union, UnionError } from '../union.ts';
import { arityCheck, type CallArguments } from './builtins.ts';
import { callLibrary } from './library.ts';
import { tupleItems } from './containers.ts';
import { checkInstanceHashable } from './instancehash.ts';
import { iteratedItem } from './iterbuiltins.ts';
import type { OpRequest, OpRule } from './registry.ts';
import {
  comparisonPlan, constructorPlan, containsPlan, dictMethodPlan, fillsFresh, hashFunction, operatorPlan, setMethodPlan, SET_OPERATORS,
  type DictLike, type LibraryPlan,
} from './dictplans.ts';

export type { DictLike } from './dictplans.ts';

export function isDictLike(s: SomeValue): s is DictLike {
  return s instanceof SomeDict || s instanceof SomeSet || s instanceof SomeDictView;
}

/** The dict or set holding the data of a dict, set or view. */
export function dataOf(s: DictLike): SomeDict | SomeSet {
  return s instanceof SomeDictView ? s.dict : s;
}

// ---------------------------------------------------------------------------------------------
// Calls of the plans (dictplans.ts).

/** Whether two dicts (sets) compare with `opname`; records the library call that compares them. */
export function dictComparable(req: OpRequest, opname: string, a: SomeValue, b: SomeValue): boolean {
  const p = comparisonPlan(opname, a, b);
  if (p === null) return false;
  callPlan(req, p, [a, b]);
  return true;
}

/** Calls the plan's function with the annotations it lists. */
function callPlan(req: OpRequest, p: LibraryPlan, values: readonly SomeValue[], displayName?: string, fresh?: SomeValue): SomeValue {
  const args = p.args.map((a) => (a === 'fresh' ? fresh! : typeof a === 'number' ? values[a]!.withoutConstant() : new SomeInteger()));
  const result = callLibrary(req, p.name, args, new Map(), displayName ?? p.name);
  if (fresh !== undefined) return fresh;
  return p.returnsSelf ? values[0]! : result;
}

// ---------------------------------------------------------------------------------------------
// Checks.

function typeName(s: SomeValue): string {
  if (s instanceof SomeList) return 'list';
  if (s instanceof SomeDict) return 'dict';
  if (s instanceof SomeSet) return 'set';
  return String(s);
}

/** Refuses keys that CPython cannot hash (lists, instances with __eq__ only...) or Wyrm cannot. */
export function checkHashable(req: OpRequest, s: SomeValue, what: string): void {
  if (s instanceof SomeImpossible) return;
  if (s instanceof SomeTuple) {
    if (s.items.length > 8) throw req.error(Diag.UnsupportedOperation, `a tuple of more than 8 items as a ${what} is not supported`);
    for (const item of s.items) checkHashable(req, item, what);
    return;
  }
  if (s instanceof SomeList || s instanceof SomeDict || s instanceof SomeSet) {
    throw req.error(Diag.UnsupportedOperation, `unhashable type: '${typeName(s)}' (a ${what} must be hashable)`);
  }
  if (s instanceof SomeInstance) return checkInstanceHashable(req, s.withNone(false) as SomeInstance, what);
  if (hashFunction(s) === null) throw req.error(Diag.UnsupportedOperation, `a ${s} cannot be a ${what}`);
}

function notNone(req: OpRequest, s: SomeValue): void {
  if (s.canBeNone) throw req.error(Diag.UnsupportedOperation, `this value may be None (${s}); test it with 'is not None' first`);
}

/** The type of the items iterating over a dict, set or view gives. */
export function iteratedDictItem(req: OpRequest, s: DictLike): SomeValue {
  const def = dataOf(s).dictdef;
  if (s instanceof SomeDictView) {
    if (s.variant === 'values') return def.readValue(req.position);
    if (s.variant === 'items') {
      // No item until both types are known (a tuple of impossible items would unify with any).
      const key = def.readKey(req.position);
      const value = def.readValue(req.position);
      return key instanceof SomeImpossible || value instanceof SomeImpossible ? s_ImpossibleValue : new SomeTuple([key, value]);
    }
  }
  return def.readKey(req.position);
}

/** The values print() shows of a dict, set or view (each as repr() gives it). */
export function printedItems(req: OpRequest, s: DictLike): SomeValue[] {
  const def = dataOf(s).dictdef;
  if (s instanceof SomeSet) return [def.readKey(req.position)];
  return [def.readKey(req.position), def.readValue(req.position)];
}

/** The key type widened by `key` (checked hashable). */
function storeKey(req: OpRequest, container: SomeDict | SomeSet, key: SomeValue): void {
  checkHashable(req, key, container instanceof SomeSet ? 'set element' : 'dict key');
  container.dictdef.generalizeKey(key, req.site);
}

/** The element type of anything the annotator can iterate over, or null. */
function elementsOf(req: OpRequest, s: SomeValue): SomeValue | null {
  const container = s instanceof SomeIterator ? s.container : s;
  if (isDictLike(container)) return iteratedDictItem(req, container);
  if (container instanceof SomeTuple) return tupleItems(req, container);
  // Lists, ranges, strs, and generators (what their __next__ returns).
  return iteratedItem(req, s);
}

/** `a or b` of two value types, or a located error naming `what`. */
function unionOrError(req: OpRequest, a: SomeValue, b: SomeValue, what: string): SomeValue {
  try {
    return union(a, b.withoutConstant());
  } catch (error) {
    if (error instanceof UnionError) throw req.error(Diag.TypeConflict, `${what} is ${b} but the dict's values are ${a}; Wyrm needs one type for the result`);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Displays, indexing, iteration.

const newdictRule: OpRule = (req) => {
  const def = dictdefFor(req.annotator, req.op, req.site, false);
  const d = new SomeDict(def);
  for (let i = 0; i + 1 < req.args.length; i += 2) {
    storeKey(req, d, req.args[i]!);
    def.generalizeValue(req.args[i + 1]!, req.site);
  }
  if (req.args.length > 0) callLibrary(req, 'dict_setitem', [d, def.readKey(req.position), def.readValue(req.position)]);
  return d;
};

/** Set displays built as CPython builds a display of three or more constants (see below). */
const frozenDisplays = new WeakSet<SpaceOperation>();

/** Operations CPython's AST optimizer folds when their operands are constants. */
const FOLDED = new Set(['neg', 'pos', 'invert', 'add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor', 'newtuple']);

/** Whether CPython sees `value` as a constant: a literal, or an expression of literals it folds. */
function isFoldedConstant(value: Hlvalue, block: Block, depth = 0): boolean {
  if (value instanceof Constant) return true;
  if (depth > 20) return false;
  const defining = block.operations.find((op) => op.result === value);
  return defining !== undefined && FOLDED.has(defining.opname) && defining.args.every((a) => isFoldedConstant(a, block, depth + 1));
}

/**
 * Whether a set display is built as CPython builds one of three or more constants: a frozenset
 * constant made at compile time (and rebuilt from its own order when the code's constants are
 * merged), copied into the new set, which can lay the elements out differently.
 */
export function isFrozenSetDisplay(op: SpaceOperation): boolean {
  return frozenDisplays.has(op);
}

const newsetRule: OpRule = (req) => {
  const def = dictdefFor(req.annotator, req.op, req.site, true);
  const s = new SomeSet(def);
  for (const item of req.args) storeKey(req, s, item);
  if (req.args.length > 0) callLibrary(req, 'set_add', [s, def.readKey(req.position)]);
  if (req.op.args.length >= 3 && req.op.args.every((a) => isFoldedConstant(a, req.position.block))) frozenDisplays.add(req.op);
  if (frozenDisplays.has(req.op)) {
    // Until the library functions return (this block is re-flowed then), the set is not made.
    const frozen = callLibrary(req, 'set_reinsert', [s]);
    if (!(frozen instanceof SomeSet)) return s_ImpossibleValue;
    const copied = callLibrary(req, 'set_from_set', [frozen]);
    if (!(copied instanceof SomeSet)) return s_ImpossibleValue;
    def.unionWith(frozen.dictdef);
    def.unionWith(copied.dictdef);
  }
  return s;
};

function dictGetitem(req: OpRequest, d: SomeDict, key: SomeValue): SomeValue {
  notNone(req, d);
  checkHashable(req, key, 'dict key');
  return callLibrary(req, 'dict_getitem', [d, key.withoutConstant()]);
}

function dictSetitem(req: OpRequest, d: SomeDict, key: SomeValue, value: SomeValue): SomeValue {
  notNone(req, d);
  storeKey(req, d, key);
  d.dictdef.generalizeValue(value, req.site);
  callLibrary(req, 'dict_setitem', [d, d.dictdef.readKey(req.position), d.dictdef.readValue(req.position)]);
  return new SomeNone();
}

function dictDelitem(req: OpRequest, d: SomeDict, key: SomeValue): SomeValue {
  notNone(req, d);
  checkHashable(req, key, 'dict key');
  callLibrary(req, 'dict_delitem', [d, key.withoutConstant()]);
  return new SomeNone();
}

function dictContains(req: OpRequest, container: DictLike, item: SomeValue): SomeValue {
  notNone(req, container);
  const p = containsPlan(container);
  if (p === null) throw req.unsupported(`'in' is not supported on ${container} yet`);
  if (p.name !== 'dict_values_contains') checkHashable(req, item, container instanceof SomeSet ? 'set element' : 'dict key');
  callPlan(req, p, [dataOf(container), item]);
  return new SomeBool();
}

/** next() of an iterator over a dict, set or view: records the library call that advances it. */
function dictNext(req: OpRequest, container: DictLike): SomeValue {
  const data = dataOf(container);
  const n = new SomeInteger();
  if (data instanceof SomeSet) callLibrary(req, 'set_next_slot', [data, n, n]);
  else callLibrary(req, 'dict_next_entry', [data, n, n, n]);
  return iteratedDictItem(req, container);
}

// ---------------------------------------------------------------------------------------------
// Attributes and methods.

const DICT_METHODS = new Set(['keys', 'values', 'items', 'get', 'setdefault', 'pop', 'popitem', 'update', 'copy', 'clear']);
const SET_METHODS = new Set([
  'add', 'remove', 'discard', 'pop', 'clear', 'copy', 'update', 'union', 'intersection', 'difference',
  'symmetric_difference', 'intersection_update', 'difference_update', 'symmetric_difference_update',
  'issubset', 'issuperset', 'isdisjoint',
]);

function dictAttribute(req: OpRequest, obj: SomeDict | SomeSet, name: string): SomeValue {
  const isSet = obj instanceof SomeSet;
  if (!(isSet ? SET_METHODS : DICT_METHODS).has(name)) {
    throw req.error(Diag.UnsupportedOperation, `'${isSet ? 'set' : 'dict'}' object has no supported attribute '${name}'`);
  }
  return new SomeBuiltin(`${isSet ? 'set' : 'dict'}.${name}`, obj);
}

function dictMethodCall(req: OpRequest, d: SomeDict, name: string, call: CallArguments): SomeValue {
  const def = d.dictdef;
  const args = call.positional;
  switch (name) {
    case 'keys':
    case 'values':
    case 'items':
      arityCheck(req, name, call, 0, 0);
      return new SomeDictView(d, name);
    case 'get': {
      arityCheck(req, 'get', call, 1, 2);
      checkHashable(req, args[0]!, 'dict key');
      const values = def.readValue(req.position);
      const fallback = args[1] ?? new SomeNone();
      if (args.length === 1 && (values instanceof SomeInteger || values instanceof SomeFloat)) {
        throw req.error(Diag.TypeConflict, `get() returns None for a missing key, and the dict's values are ${values}, which cannot be None in Wyrm: give a default, e.g. get(key, ${values instanceof SomeFloat ? '0.0' : '0'})`);
      }
      const result = unionOrError(req, values, fallback, "get()'s default");
      callPlan(req, dictMethodPlan(name, [d, ...args])!, [d, ...args], 'dict.get');
      return result;
    }
    case 'setdefault': {
      arityCheck(req, 'setdefault', call, 1, 2);
      storeKey(req, d, args[0]!);
      def.generalizeValue(args[1] ?? new SomeNone(), req.site);
      return callPlan(req, dictMethodPlan(name, [d, ...args])!, [d, ...args], 'dict.setdefault');
    }
    case 'pop': {
      arityCheck(req, 'pop', call, 1, 2);
      checkHashable(req, args[0]!, 'dict key');
      if (args.length === 2) unionOrError(req, def.readValue(req.position), args[1]!, "pop()'s default");
      return callPlan(req, dictMethodPlan(name, [d, ...args])!, [d, ...args], 'dict.pop');
    }
    case 'popitem':
    case 'clear':
    case 'copy':
      arityCheck(req, name, call, 0, 0);
      return callPlan(req, dictMethodPlan(name, [d])!, [d], `dict.${name}`);
    case 'update': {
      arityCheck(req, 'update', call, 1, 1);
      const other = args[0]!;
      if (!(other instanceof SomeDict)) throw req.error(Diag.UnsupportedOperation, `dict.update() of ${other} is not supported yet (only of another dict)`);
      notNone(req, other);
      def.generalizeKey(other.dictdef.readKey(req.position), req.site);
      def.generalizeValue(other.dictdef.readValue(req.position), req.site);
      return callPlan(req, dictMethodPlan(name, [d, other])!, [d, other], 'dict.update');
    }
    default:
      throw req.error(Diag.UnsupportedBuiltin, `dict.${name}() is not supported yet`);
  }
}

/** The element type of the argument of a set method, checked iterable (and hashable). */
function setArgument(req: OpRequest, name: string, s: SomeValue): SomeValue {
  notNone(req, s);
  const items = elementsOf(req, s);
  if (items === null) throw req.error(Diag.UnsupportedOperation, `set.${name}() of ${s} is not supported: '${s}' object is not iterable by Wyrm`);
  checkHashable(req, items, 'set element');
  return items;
}

function setMethodCall(req: OpRequest, s: SomeSet, name: string, call: CallArguments): SomeValue {
  const def = s.dictdef;
  const args = call.positional;
  const one = (): SomeValue => {
    arityCheck(req, name, call, 1, 1);
    return args[0]!;
  };
  switch (name) {
    case 'add':
      storeKey(req, s, one());
      break;
    case 'remove':
    case 'discard':
      checkHashable(req, one(), 'set element');
      break;
    case 'pop':
    case 'clear':
    case 'copy':
      arityCheck(req, name, call, 0, 0);
      break;
    case 'update':
    case 'union':
    case 'symmetric_difference':
    case 'symmetric_difference_update':
      // Their results hold the argument's elements: they join the element type.
      def.generalizeKey(setArgument(req, name, one()), req.site);
      break;
    case 'issubset':
    case 'issuperset':
    case 'isdisjoint':
      if (!(one() instanceof SomeSet)) throw req.error(Diag.UnsupportedOperation, `set.${name}() of ${args[0]} is not supported yet (only of another set)`);
      notNone(req, args[0]!);
      break;
    default:
      setArgument(req, name, one());
      break;
  }
  const values = [s, ...args];
  const p = setMethodPlan(name, values);
  if (p === null) throw req.error(Diag.UnsupportedBuiltin, `set.${name}() is not supported yet`);
  const result = callPlan(req, p, values, `set.${name}`);
  // A new set made from this one: share the element type with it.
  if (result instanceof SomeSet && result.dictdef !== def) result.dictdef.unionWith(def);
  return result;
}

/** Calls of builtins on dicts and sets: their methods, dict(), set(), hash(), len(), intrinsics. */
export function dictBuiltinCall(req: OpRequest, callee: SomeBuiltin, call: CallArguments): SomeValue | null {
  if (callee.self !== null) {
    const self = callee.self;
    if (callee.name.startsWith('dict.') && self instanceof SomeDict) return dictMethodCall(req, self, callee.name.slice(5), call);
    if (callee.name.startsWith('set.') && self instanceof SomeSet) return setMethodCall(req, self, callee.name.slice(4), call);
    return null;
  }
  if (callee.name in INTRINSICS) return intrinsicCall(req, callee.name, call);
  switch (callee.name) {
    case 'dict':
    case 'set': {
      const name = callee.name;
      arityCheck(req, name, call, 0, 1);
      const arg = call.positional[0];
      if (arg === undefined) {
        const def = dictdefFor(req.annotator, req.op, req.site, name === 'set');
        return name === 'set' ? new SomeSet(def) : new SomeDict(def);
      }
      notNone(req, arg);
      const p = constructorPlan(name, arg);
      // A new container filled by the library gets its types here, where it is made.
      const def = dictdefFor(req.annotator, req.op, req.site, name === 'set');
      if (name === 'set') {
        def.generalizeKey(setArgument(req, 'set', arg), req.site);
      } else if (!(arg instanceof SomeDict)) {
        const pairs = elementsOf(req, arg);
        // No pair known yet (an iterable that stays empty): an empty dict, filled when they are.
        if (pairs instanceof SomeImpossible) return new SomeDict(def);
        if (!(pairs instanceof SomeTuple && pairs.items.length === 2)) {
          throw req.error(Diag.UnsupportedOperation, `dict() of ${arg} is not supported: it needs a dict or an iterable of (key, value) tuples`);
        }
        checkHashable(req, pairs.items[0]!, 'dict key');
        def.generalizeKey(pairs.items[0]!, req.site);
        def.generalizeValue(pairs.items[1]!, req.site);
      }
      const fresh = fillsFresh(p) ? (name === 'set' ? new SomeSet(def) : new SomeDict(def)) : undefined;
      return callPlan(req, p, [arg], name, fresh);
    }
    case 'hash': {
      arityCheck(req, 'hash', call, 1, 1);
      const arg = call.positional[0]!;
      checkHashable(req, arg, 'hashed value');
      return callLibrary(req, hashFunction(arg)!, [arg.withoutConstant()], new Map(), 'hash');
    }
    case 'len': {
      const arg = call.positional[0];
      if (call.positional.length !== 1 || arg === undefined || !isDictLike(arg)) return null;
      notNone(req, arg);
      return new SomeInteger({ nonneg: true });
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The intrinsics of the runtime library.

const int = (): SomeValue => new SomeInteger();
const nonnegInt = (): SomeValue => new SomeInteger({ nonneg: true });

type IntrinsicRule = (req: OpRequest, args: readonly SomeValue[]) => SomeValue;

function dataArgument(req: OpRequest, name: string, s: SomeValue | undefined): SomeDict | SomeSet {
  if (!(s instanceof SomeDict || s instanceof SomeSet)) throw req.error(Diag.BadCall, `intrinsic ${name} needs a dict or a set, not ${s}`);
  return s;
}

function intsOnly(count: number, result: () => SomeValue): IntrinsicRule {
  return (req, args) => {
    if (args.length !== count || !args.every((a) => a instanceof SomeInteger)) throw req.error(Diag.BadCall, `intrinsic called with (${args.map(String).join(', ')})`);
    return result();
  };
}

const INTRINSICS: Record<string, IntrinsicRule> = {
  '__wyrm__.dict_indices': (req, [d]) => new SomeList(dataArgument(req, 'dict_indices', d).dictdef.indices),
  '__wyrm__.dict_hashes': (req, [d]) => new SomeList(dataArgument(req, 'dict_hashes', d).dictdef.hashes),
  '__wyrm__.dict_keys': (req, [d]) => new SomeList(dataArgument(req, 'dict_keys', d).dictdef.keys),
  '__wyrm__.dict_values': (req, [d]) => {
    const data = dataArgument(req, 'dict_values', d);
    if (data instanceof SomeSet) throw req.error(Diag.BadCall, 'a set has no values');
    return new SomeList(data.dictdef.values);
  },
  '__wyrm__.dict_set_indices': (req, [d, xs]) => {
    if (!(xs instanceof SomeList)) throw req.error(Diag.BadCall, `dict_set_indices needs a list, not ${xs}`);
    dataArgument(req, 'dict_set_indices', d).dictdef.indices.unionWith(xs.listdef);
    return new SomeNone();
  },
  '__wyrm__.dict_new_like': (req, [d]) => {
    const data = dataArgument(req, 'dict_new_like', d);
    return data instanceof SomeSet ? new SomeSet(data.dictdef) : new SomeDict(data.dictdef);
  },
  '__wyrm__.dict_used': (req, [d]) => (dataArgument(req, 'dict_used', d), nonnegInt()),
  '__wyrm__.dict_fill': (req, [d]) => (dataArgument(req, 'dict_fill', d), nonnegInt()),
  '__wyrm__.dict_finger': (req, [d]) => (dataArgument(req, 'dict_finger', d), nonnegInt()),
  '__wyrm__.dict_set_used': (req, [d]) => (dataArgument(req, 'dict_set_used', d), new SomeNone()),
  '__wyrm__.dict_set_fill': (req, [d]) => (dataArgument(req, 'dict_set_fill', d), new SomeNone()),
  '__wyrm__.dict_set_finger': (req, [d]) => (dataArgument(req, 'dict_set_finger', d), new SomeNone()),
  // The lookup cache of a dict of str (backend/repr/dict.ts): the slot of `key` when it is the
  // key found last, else -1; remember `key` at `slot`; forget it.
  '__wyrm__.dict_cached_slot': (req, [d]) => (dataArgument(req, 'dict_cached_slot', d), int()),
  '__wyrm__.dict_cache': (req, [d]) => (dataArgument(req, 'dict_cache', d), new SomeNone()),
  '__wyrm__.dict_uncache': (req, [d]) => (dataArgument(req, 'dict_uncache', d), new SomeNone()),
  '__wyrm__.float_bits': (req, args) => {
    if (args.length !== 1 || !(args[0] instanceof SomeFloat)) throw req.error(Diag.BadCall, 'float_bits needs a float');
    return int();
  },
  '__wyrm__.int_add_wrap': intsOnly(2, int),
  '__wyrm__.int_mul_wrap': intsOnly(2, int),
  '__wyrm__.int_rotl': intsOnly(2, int),
  '__wyrm__.int_shl_wrap': intsOnly(2, int),
  '__wyrm__.str_hash_cache': (req, args) => {
    if (args.length !== 1 || !(args[0] instanceof SomeString) || args[0].canBeNone) throw req.error(Diag.BadCall, 'str_hash_cache needs a str');
    return int();
  },
  '__wyrm__.str_set_hash_cache': (req, args) => {
    if (args.length !== 2 || !(args[0] instanceof SomeString) || !(args[1] instanceof SomeInteger)) throw req.error(Diag.BadCall, 'str_set_hash_cache needs a str and an int');
    return new SomeNone();
  },
};

/** The names of the intrinsics above, without their module, for frontend/builtins.ts. */
export const DICT_INTRINSIC_NAMES = Object.keys(INTRINSICS).map((n) => n.slice('__wyrm__.'.length));

function intrinsicCall(req: OpRequest, name: string, call: CallArguments): SomeValue {
  if (call.keywords.size > 0) throw req.error(Diag.BadCall, `intrinsic ${name} takes no keyword arguments`);
  return INTRINSICS[name]!(req, call.positional);
}

// ---------------------------------------------------------------------------------------------
// Conflicts.

/** "a dict key is str here but int elsewhere", for a conflict on a dict's or set's item. */
export function containerItemError(req: OpRequest, conflict: ListItemConflict, span: { start: number; length: number } | null): CompileError | null {
  const role = containerRole(conflict.item);
  if (role === null) return null;
  const item = conflict.item;
  const origin = item.valueOrigin ?? item.creation;
  const site = req.site;
  const container = role === 'set element' ? 'set' : 'dict';
  const what = role === 'dict key' ? 'keys' : role === 'dict value' ? 'values' : 'elements';
  const notes: Note[] = [{ message: `the ${container}'s ${what} are ${item.value} from here`, source: origin.source, span: origin.span }];
  return compileError(
    Diag.DictItemConflict,
    `a ${role} is ${conflict.incoming} here but ${item.value} elsewhere; Wyrm needs one ${role.replace(/^(dict|set) /, '')} type for a ${container}`,
    site.source,
    span ?? site.span,
    notes,
  );
}

// ---------------------------------------------------------------------------------------------
// The operation rules: dicts and sets first, every other case to the rules they extend.

function binaryOperator(opname: string): (req: OpRequest) => SomeValue | null {
  return (req) => {
    const [a, b] = req.args as [SomeValue, SomeValue];
    const p = operatorPlan(opname, a, b);
    if (p === null) return null;
    const base = opname.replace(/^inplace_/, '').replace(/_$/, '');
    const method = { or: 'union', and: 'intersection', sub: 'difference', xor: 'symmetric_difference' }[base]!;
    if (a instanceof SomeSet && (method === 'union' || method === 'symmetric_difference')) {
      a.dictdef.generalizeKey((b as SomeSet).dictdef.readKey(req.position), req.site);
    }
    if (a instanceof SomeDict) {
      a.dictdef.generalizeKey((b as SomeDict).dictdef.readKey(req.position), req.site);
      a.dictdef.generalizeValue((b as SomeDict).dictdef.readValue(req.position), req.site);
    }
    const result = callPlan(req, p, [a, b]);
    if ((result instanceof SomeSet || result instanceof SomeDict) && result !== a) {
      result.dictdef.unionWith((a as SomeSet | SomeDict).dictdef);
    }
    return result;
  };
}

/**
 * The rules of the operations on dicts and sets, over the other rules (`base`): each handles
 * its dict and set cases and gives every other case to the rule it replaces.
 */
export function withDictRules(base: Record<string, OpRule>): Record<string, OpRule> {
  const extend = (opname: string, rule: (req: OpRequest) => SomeValue | null): OpRule => {
    const fallback = base[opname];
    return (req) => {
      const result = rule(req);
      if (result !== null) return result;
      if (!fallback) throw req.unsupported();
      return fallback(req);
    };
  };
  return {
    ...base,
    newdict: newdictRule,
    newset: newsetRule,
    getitem: extend('getitem', (req) => (req.args[0] instanceof SomeDict ? dictGetitem(req, req.args[0], req.args[1]!) : null)),
    setitem: extend('setitem', (req) => (req.args[0] instanceof SomeDict ? dictSetitem(req, req.args[0], req.args[1]!, req.args[2]!) : null)),
    delitem: extend('delitem', (req) => (req.args[0] instanceof SomeDict ? dictDelitem(req, req.args[0], req.args[1]!) : null)),
    contains: extend('contains', (req) => (isDictLike(req.args[0]!) ? dictContains(req, req.args[0], req.args[1]!) : null)),
    iter: extend('iter', (req) => {
      const container = req.args[0]!;
      if (!isDictLike(container)) return null;
      notNone(req, container);
      return new SomeIterator(container);
    }),
    next: extend('next', (req) => {
      const iterator = req.args[0];
      return iterator instanceof SomeIterator && isDictLike(iterator.container) ? dictNext(req, iterator.container) : null;
    }),
    getattr: extend('getattr', (req) => {
      const obj = req.args[0]!;
      if (!(obj instanceof SomeDict || obj instanceof SomeSet) || obj.canBeNone) return null;
      return dictAttribute(req, obj, req.args[1]!.constValue as string);
    }),
    ...Object.fromEntries(Object.keys(SET_OPERATORS).map((op) => [op, extend(op, binaryOperator(op))])),
  };
}
