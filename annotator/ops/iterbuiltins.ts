// The builtins that consume an iterable (sum, min and max of one iterable, any, all, list()):
// each is a call of its runtime library function (runtime/lib/builtins.py), chosen here from
// the argument types, and annotated like any call. The lowering calls whichever function the
// annotator recorded, so the choice is made once.

import { Diag } from '../../diagnostics/catalog.ts';
import { SomeFloat, SomeInstance, SomeNone, SomeInteger, SomeIterator, SomeList, SomeRange, SomeString, SomeTuple, isImpossible, s_ImpossibleValue, type SomeValue } from '../model.ts';
import { callLibrary } from './library.ts';
import { tupleItems } from './containers.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest } from './registry.ts';
import { isDictLike, iteratedDictItem } from './dicts.ts';
import { generatorItems, isGenerator } from './iterprotocol.ts';

/** The type of the items iterating over `s` gives, or null when Wyrm cannot iterate over it. */
export function iteratedItem(req: OpRequest, s: SomeValue): SomeValue | null {
  const container = s instanceof SomeIterator ? s.container : s;
  if (container instanceof SomeList) return container.listdef.read(req.position);
  if (container instanceof SomeRange) return new SomeInteger({ nonneg: container.nonneg });
  if (container instanceof SomeString) return new SomeString();
  if (container instanceof SomeTuple) return tupleItems(req, container);
  if (isDictLike(container) && !container.canBeNone) return iteratedDictItem(req, container);
  // A generator's items are what its __next__ returns (impossible until that is annotated).
  // Another iterable instance's are known only once its __iter__ and __next__ are: the library
  // function that iterates over it finds them then.
  if (container instanceof SomeInstance) return isGenerator(container) ? generatorItems(req, container) : s_ImpossibleValue;
  return null;
}

function iterable(req: OpRequest, name: string, s: SomeValue): SomeValue {
  const item = iteratedItem(req, s);
  if (item === null) throw req.error(Diag.UnsupportedOperation, `${name}() of ${s} is not supported: '${s}' object is not iterable by Wyrm`);
  return item;
}

function unexpectedKeywords(req: OpRequest, name: string, call: CallArguments, allowed: readonly string[]): void {
  for (const key of call.keywords.keys()) {
    if (!allowed.includes(key)) throw req.error(Diag.BadCall, `${name}() got an unexpected keyword argument '${key}'`);
  }
}

export function sumRule(req: OpRequest, call: CallArguments): SomeValue {
  unexpectedKeywords(req, 'sum', call, ['start']);
  const given = call.positional.length + call.keywords.size;
  if (call.positional.length < 1 || given > 2) throw req.error(Diag.BadCall, `sum() takes at least 1 positional argument and at most 2 arguments (${given} given)`);
  const item = iterable(req, 'sum', call.positional[0]!);
  const hasStart = given === 2;
  // Without a start, the items' type chooses between two library functions: wait until known.
  if (!hasStart && isImpossible(item) && req.annotator.deferUntilSettled(req.op, req.position)) return s_ImpossibleValue;
  if (item instanceof SomeString) throw req.error(Diag.BadCall, "sum() can't sum strings [use ''.join(seq) instead]");
  if (!hasStart && item instanceof SomeFloat) return callLibrary(req, 'builtin_sum_floats', call.positional.slice(0, 1), new Map(), 'sum');
  return callLibrary(req, 'builtin_sum', call.positional, call.keywords, 'sum');
}

/** min() or max() of one iterable, with key= and default= (several arguments are inline). */
export function minMaxOfIterable(req: OpRequest, name: 'min' | 'max', call: CallArguments): SomeValue {
  unexpectedKeywords(req, name, call, ['key', 'default']);
  iterable(req, name, call.positional[0]!);
  const key = call.keywords.get('key');
  const fallback = call.keywords.get('default');
  if (key && fallback) throw req.error(Diag.UnsupportedOperation, `${name}() with both key= and default= is not supported yet`);
  if (key) return callLibrary(req, `builtin_${name}_key`, [call.positional[0]!, key], new Map(), name);
  if (fallback) return callLibrary(req, `builtin_${name}_default`, [call.positional[0]!, fallback], new Map(), name);
  return callLibrary(req, `builtin_${name}`, call.positional, new Map(), name);
}

export function consumingRule(name: 'any' | 'all' | 'list') {
  return (req: OpRequest, call: CallArguments): SomeValue => {
    unexpectedKeywords(req, name, call, []);
    if (call.positional.length !== 1) throw req.error(Diag.BadCall, `${name}() takes exactly one argument (${call.positional.length} given)`);
    iterable(req, name, call.positional[0]!);
    return callLibrary(req, `builtin_${name}`, call.positional, new Map(), name);
  };
}

/** next(iterator, default) (the flow builder makes next(iterator) a `next` operation). */
export function nextRule(req: OpRequest, call: CallArguments): SomeValue {
  unexpectedKeywords(req, 'next', call, []);
  if (call.positional.length !== 2) throw req.error(Diag.BadCall, `next expected at most 2 arguments, got ${call.positional.length}`);
  return callLibrary(req, 'builtin_next_default', call.positional, new Map(), 'next');
}

/** enumerate, zip, reversed, map and filter: generators of the runtime library. */
export function lazyRule(name: 'enumerate' | 'zip' | 'reversed' | 'map' | 'filter') {
  return (req: OpRequest, call: CallArguments): SomeValue => {
    unexpectedKeywords(req, name, call, name === 'enumerate' ? ['start'] : []);
    const args = call.positional;
    const iterables = name === 'map' || name === 'filter' ? args.slice(1) : name === 'enumerate' ? args.slice(0, 1) : args;
    for (const s of iterables) iterable(req, name, s);
    let library: string;
    switch (name) {
      case 'enumerate':
        if (args.length < 1 || args.length + call.keywords.size > 2) throw req.error(Diag.BadCall, 'enumerate() takes an iterable and an optional start');
        library = 'builtin_enumerate';
        break;
      case 'zip':
        if (args.length < 2 || args.length > 3) throw req.error(Diag.UnsupportedOperation, `zip() of ${args.length} iterables is not supported (2 or 3 are)`);
        library = `builtin_zip${args.length}`;
        break;
      case 'reversed':
        if (args.length !== 1) throw req.error(Diag.BadCall, `reversed expected 1 argument, got ${args.length}`);
        if (!(args[0] instanceof SomeList || args[0] instanceof SomeString || args[0] instanceof SomeRange)) {
          throw req.error(Diag.UnsupportedOperation, `reversed() of ${args[0]} is not supported (a list, a str or a range is)`);
        }
        library = 'builtin_reversed';
        break;
      case 'map':
        if (args.length < 2 || args.length > 3) throw req.error(Diag.UnsupportedOperation, 'map() needs a function and one or two iterables');
        library = args.length === 2 ? 'builtin_map' : 'builtin_map2';
        break;
      case 'filter':
        if (args.length !== 2) throw req.error(Diag.BadCall, `filter expected 2 arguments, got ${args.length}`);
        if (args[0] instanceof SomeNone) return callLibrary(req, 'builtin_filter_none', args.slice(1), new Map(), name);
        library = 'builtin_filter';
        break;
    }
    return callLibrary(req, library, args, call.keywords, name);
  };
}
