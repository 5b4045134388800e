// The builtins that consume an iterable (sum, min and max of one iterable, any, all, list()):
// each is a call of its runtime library function (runtime/lib/builtins.py), chosen here from
// the argument types, and annotated like any call. The lowering calls whichever function the
// annotator recorded, so the choice is made once.

import { Diag } from '../../diagnostics/catalog.ts';
import { SomeFloat, SomeInteger, SomeIterator, SomeList, SomeRange, SomeString, type SomeValue } from '../model.ts';
import { callLibrary } from './library.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest } from './registry.ts';

/** The type of the items iterating over `s` gives, or null when Wyrm cannot iterate over it. */
export function iteratedItem(req: OpRequest, s: SomeValue): SomeValue | null {
  const container = s instanceof SomeIterator ? s.container : s;
  if (container instanceof SomeList) return container.listdef.read(req.position);
  if (container instanceof SomeRange) return new SomeInteger({ nonneg: container.nonneg });
  if (container instanceof SomeString) return new SomeString();
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
