// Lists, tuples and ranges: displays, indexing, iteration, unpacking and the methods of list.
// Every list display gets the ListDef of its operation; storing into a list generalizes the
// item type of every list sharing that definition.

import { Diag } from '../../diagnostics/catalog.ts';
import {
  SomeBuiltin, SomeInstance, SomeInteger, SomeIterator, SomeList, SomeNone, SomeRange, SomeString, SomeTuple,
  s_ImpossibleValue, type SomeValue,
} from '../model.ts';
import { union, UnionError } from '../union.ts';
import { arityCheck, type CallArguments } from './builtins.ts';
import type { OpRequest, OpRule } from './registry.ts';
import { instanceIter, instanceNext } from './iterprotocol.ts';
import { callLibrary } from './library.ts';
import { isStdin } from './variables.ts';
import { isLazySplit, lazySplitNext } from './strsplit.ts';

function requireInt(req: OpRequest, what: string, s: SomeValue): void {
  if (!(s instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, `${what} must be an int, not ${s}`);
}

function notNone(req: OpRequest, s: SomeValue): void {
  if (s.canBeNone) throw req.error(Diag.UnsupportedOperation, `this value may be None (${s}); test it with 'is not None' first`);
}

const newlistRule: OpRule = (req) => {
  const def = req.annotator.bookkeeper.listdefFor(req.op, req.site);
  for (const item of req.args) def.item.generalize(item.withoutConstant(), req.site);
  return new SomeList(def);
};

const newtupleRule: OpRule = (req) => new SomeTuple(req.args);

const getitemRule: OpRule = (req) => {
  const [container, index] = req.args as [SomeValue, SomeValue];
  notNone(req, container);
  if (container instanceof SomeList) {
    requireInt(req, 'list indices', index);
    return container.listdef.read(req.position);
  }
  if (container instanceof SomeString) {
    requireInt(req, 'string indices', index);
    return new SomeString();
  }
  if (container instanceof SomeRange) {
    requireInt(req, 'range indices', index);
    return new SomeInteger({ nonneg: container.nonneg });
  }
  if (container instanceof SomeTuple) {
    if (!(index instanceof SomeInteger) || !index.isConstant) {
      throw req.error(Diag.UnsupportedOperation, 'a tuple index must be a constant int (tuples are fixed-shape records in Wyrm)');
    }
    const n = container.items.length;
    let i = Number(index.constValue as bigint);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw req.error(Diag.UnsupportedOperation, `tuple index ${String(index.constValue)} out of range for ${container}`);
    return container.items[i]!;
  }
  throw req.unsupported(`'${container}' object is not subscriptable`);
};

const setitemRule: OpRule = (req) => {
  const [container, index, value] = req.args as [SomeValue, SomeValue, SomeValue];
  notNone(req, container);
  if (container instanceof SomeList) {
    requireInt(req, 'list indices', index);
    container.listdef.item.mutated = true;
    container.listdef.item.generalize(value.withoutConstant(), req.site);
    return new SomeNone();
  }
  throw req.unsupported(`'${container}' object does not support item assignment`);
};

const delitemRule: OpRule = (req) => {
  const [container, index] = req.args as [SomeValue, SomeValue];
  if (container instanceof SomeList) {
    requireInt(req, 'list indices', index);
    container.listdef.item.resized = true;
    return new SomeNone();
  }
  throw req.unsupported(`'${container}' object does not support item deletion`);
};

const iterRule: OpRule = (req) => {
  const [container] = req.args as [SomeValue];
  notNone(req, container);
  if (container instanceof SomeList || container instanceof SomeRange || container instanceof SomeString) {
    return new SomeIterator(container);
  }
  if (container instanceof SomeTuple) {
    tupleItems(req, container);
    return new SomeIterator(container);
  }
  if (container instanceof SomeIterator) return container;
  // `for line in sys.stdin`: the lines of a generator of the runtime library.
  if (isStdin(container)) return callLibrary(req, 'stdin_lines', [], new Map(), 'sys.stdin');
  if (container instanceof SomeInstance) {
    const iterator = instanceIter(req, container);
    if (iterator) return iterator;
  }
  throw req.unsupported(`'${container}' object is not iterable`);
};

const nextRule: OpRule = (req) => {
  const [iterator] = req.args as [SomeValue];
  if (iterator instanceof SomeInstance) {
    const item = instanceNext(req, iterator);
    if (item) return item;
  }
  if (!(iterator instanceof SomeIterator)) throw req.unsupported(`'${iterator}' object is not an iterator`);
  const container = iterator.container;
  if (container instanceof SomeList) return container.listdef.read(req.position);
  if (container instanceof SomeRange) return new SomeInteger({ nonneg: container.nonneg });
  if (isLazySplit(iterator)) return lazySplitNext(req);
  if (container instanceof SomeString) return new SomeString();
  if (container instanceof SomeTuple) return tupleItems(req, container);
  throw req.unsupported();
};

/** tupleItemUnion, or a located error when the items have no type in common. */
export function tupleItems(req: OpRequest, tuple: SomeTuple): SomeValue {
  try {
    return tupleItemUnion(tuple);
  } catch (error) {
    if (error instanceof UnionError) throw req.error(Diag.TypeConflict, `iterating over ${tuple} needs one type for its items`);
    throw error;
  }
}

/** The type of a tuple's items taken in a loop: their union (impossible for an empty tuple). */
export function tupleItemUnion(tuple: SomeTuple): SomeValue {
  let item: SomeValue = s_ImpossibleValue;
  for (const s of tuple.items) item = union(item, s.withoutConstant());
  return item;
}

const unpackCheckRule: OpRule = (req) => {
  const [seq, count] = req.args as [SomeValue, SomeValue];
  const expected = Number(count.constValue as bigint);
  if (seq instanceof SomeTuple) {
    const n = seq.items.length;
    if (n !== expected) {
      const message = n < expected ? `not enough values to unpack (expected ${expected}, got ${n})` : `too many values to unpack (expected ${expected})`;
      throw req.error(Diag.UnsupportedOperation, message);
    }
    return seq;
  }
  if (seq instanceof SomeList || seq instanceof SomeString || seq instanceof SomeRange) return seq;
  // An iterable object (a generator, a class with __iter__): the list of the items it gives.
  if (seq instanceof SomeInstance && !seq.canBeNone) return callLibrary(req, 'builtin_unpack', [seq, count], new Map(), 'unpacking');
  throw req.unsupported(`cannot unpack non-iterable ${seq} object`);
};

/** The methods of list, bound to a list by getattr. */
const LIST_METHODS = new Set(['append', 'pop', 'extend', 'insert', 'index', 'count', 'reverse', 'clear', 'copy', 'remove', 'sort']);

/** List methods implemented by the runtime library (runtime/lib/list.py). */
const LIBRARY_LIST_METHODS = new Set(['extend', 'index', 'count', 'reverse', 'copy', 'remove', 'sort']);

/** The library function a call of list.NAME (or sorted) goes to, given its keywords. */
export function listLibraryFunction(name: string, keywords: ReadonlyMap<string, unknown>): string {
  if (name === 'sort') return keywords.has('key') ? 'list_sort_key' : 'list_sort';
  if (name === 'sorted') return keywords.has('key') ? 'list_sorted_key' : 'list_sorted';
  return `list_${name}`;
}

export function listAttribute(req: OpRequest, list: SomeList, name: string): SomeValue {
  if (!LIST_METHODS.has(name)) throw req.error(Diag.UnsupportedOperation, `'list' object has no supported attribute '${name}'`);
  return new SomeBuiltin(`list.${name}`, list);
}

export function listMethodCall(req: OpRequest, method: SomeBuiltin, call: CallArguments): SomeValue {
  const list = method.self as SomeList;
  const item = list.listdef.item;
  const name = method.name.slice('list.'.length);
  if (LIBRARY_LIST_METHODS.has(name)) {
    if (name === 'sort' && call.positional.length > 0) throw req.error(Diag.BadCall, 'sort() takes no positional arguments');
    if (name !== 'index' && name !== 'count' && name !== 'copy') item.mutated = true;
    if (name === 'extend' || name === 'remove') item.resized = true;
    return callLibrary(req, listLibraryFunction(name, call.keywords), [list, ...call.positional], call.keywords, `list.${name}`);
  }
  switch (name) {
    case 'append':
      arityCheck(req, 'append', call, 1, 1);
      item.resized = true;
      item.generalize(call.positional[0]!.withoutConstant(), req.site);
      return new SomeNone();
    case 'pop':
      arityCheck(req, 'pop', call, 0, 1);
      if (call.positional[0]) requireInt(req, 'the index of pop()', call.positional[0]);
      item.resized = true;
      return list.listdef.read(req.position);
    case 'insert':
      arityCheck(req, 'insert', call, 2, 2);
      requireInt(req, 'the index of insert()', call.positional[0]!);
      item.resized = true;
      item.generalize(call.positional[1]!.withoutConstant(), req.site);
      return new SomeNone();
    case 'reverse':
    case 'clear':
      arityCheck(req, name, call, 0, 0);
      item.mutated = true;
      if (name === 'clear') item.resized = true;
      return new SomeNone();
    case 'index':
    case 'count':
      arityCheck(req, name, call, 1, 1);
      list.listdef.read(req.position);
      return new SomeInteger({ nonneg: true });
    default:
      throw req.error(Diag.UnsupportedBuiltin, `list.${name}() is not supported yet`);
  }
}

export const containerRules: Record<string, OpRule> = {
  newlist: newlistRule,
  newtuple: newtupleRule,
  getitem: getitemRule,
  setitem: setitemRule,
  delitem: delitemRule,
  iter: iterRule,
  next: nextRule,
  unpack_check: unpackCheckRule,
};
