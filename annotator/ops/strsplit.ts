// `for x in s.split(sep)`: the loop is the only reader of the list str.split() would make (the
// flow graph marks the call: SpaceOperation.resultOnlyIterated), so it gets an iterator that
// makes each piece when the loop asks for it. The pieces are the same; what changes is that no
// list keeps them all alive: the 83k lines of bench/programs/wordcount.py's text, split on
// "\n", were copied by every young-generation collection through the whole count (bench/
// RESULTS.md, section 9). Only splits on a separator: the pieces of a split on white space are
// usually few and short (the words of a line), and building their list was faster than taking
// them one at a time (section 9). Lowered in backend/lower/strsplit.ts, finding each piece with
// the runtime library's str_find.

import { SomeInteger, SomeIterator, SomeString, type SomeValue } from '../model.ts';
import type { CallArguments } from './builtins.ts';
import { callLibrary } from './library.ts';
import type { OpRequest } from './registry.ts';

/** The iterator's variant of SomeIterator (over a str). */
export const SPLIT_ON_SEPARATOR = 'split on separator';

/** The separator and maxsplit of a call of str.split, or null when they are not plain ones. */
export function splitArguments<T>(positional: readonly T[], keywords: ReadonlyMap<string, T>): { sep: T | undefined; maxsplit: T | undefined } | null {
  if (positional.length > 2 || [...keywords.keys()].some((k) => k !== 'sep' && k !== 'maxsplit')) return null;
  if ((positional.length >= 1 && keywords.has('sep')) || (positional.length === 2 && keywords.has('maxsplit'))) return null;
  return { sep: positional[0] ?? keywords.get('sep'), maxsplit: positional[1] ?? keywords.get('maxsplit') };
}

/**
 * The iterator for `s.split(sep, maxsplit)` that a loop only iterates, or null for the list (a
 * split on white space, arguments of other types, a separator that may be None: str.split's own
 * checks and errors).
 */
export function lazySplit(req: OpRequest, self: SomeValue, call: CallArguments): SomeValue | null {
  if (!req.op.resultOnlyIterated || !(self instanceof SomeString) || self.canBeNone) return null;
  const args = splitArguments(call.positional, call.keywords);
  if (args === null || !(args.sep instanceof SomeString) || args.sep.canBeNone) return null;
  if (args.maxsplit !== undefined && !(args.maxsplit instanceof SomeInteger)) return null;
  // An empty separator raises ValueError at the call, as str.split() does.
  callLibrary(req, 'split_check', [args.sep]);
  return new SomeIterator(new SomeString(), SPLIT_ON_SEPARATOR);
}

/** next() of such an iterator: records the library call that finds each piece. */
export function lazySplitNext(req: OpRequest): SomeValue {
  const s = new SomeString();
  const n = new SomeInteger();
  callLibrary(req, 'str_find', [s, s, n, n]);
  return new SomeString();
}

export function isLazySplit(iterator: SomeIterator): boolean {
  return iterator.variant === SPLIT_ON_SEPARATOR;
}
