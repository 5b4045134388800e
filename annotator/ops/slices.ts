// Slicing: x[a:b:c] of lists, strings and tuples, and slice assignment and deletion on lists.
// Lists and strings call the runtime library (runtime/lib/slices.py), which takes every part as
// an int plus flags for the parts left out; a tuple's slice with constant bounds is a new tuple
// type, picked here. `sliceArguments` is shared with the lowering so both pass the same values.

import { Diag } from '../../diagnostics/catalog.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { SomeInteger, SomeList, SomeNone, SomeString, SomeTuple, type SomeValue } from '../model.ts';
import { callLibrary } from './library.ts';
import type { OpRequest, OpRule } from './registry.ts';

/** Whether a slice part is left out (or written as None). */
function absent(s: SomeValue): boolean {
  return s instanceof SomeNone;
}

/**
 * The library's trailing arguments for slice parts [start, stop, step]: each int (0, 1 for a
 * missing step), then whether start and stop were given. `constant` makes a value of a number.
 */
export function sliceArguments<T>(parts: readonly T[], isAbsent: (part: T) => boolean, constant: (value: bigint | boolean) => T): T[] {
  const [start, stop, step] = parts as [T, T, T];
  return [
    isAbsent(start) ? constant(0n) : start,
    isAbsent(stop) ? constant(0n) : stop,
    isAbsent(step) ? constant(1n) : step,
    constant(!isAbsent(start)),
    constant(!isAbsent(stop)),
  ];
}

function checkParts(req: OpRequest, parts: readonly SomeValue[]): void {
  for (const part of parts) {
    if (!(part instanceof SomeInteger) && !absent(part)) throw req.error(Diag.UnsupportedOperation, `slice indices must be integers or None, not ${part}`);
  }
}

function annotationParts(req: OpRequest, parts: readonly SomeValue[]): SomeValue[] {
  const bookkeeper = req.annotator.bookkeeper;
  return sliceArguments(parts, absent, (value) => bookkeeper.immutableValue(value));
}

/** The indices of `n` items that a slice with these constant parts (null: left out) selects. */
export function pythonSlice(n: number, start: number | null, stop: number | null, step: number | null): number[] {
  const s = step ?? 1;
  const clamp = (v: number | null, fallback: number, low: number, high: number): number => {
    if (v === null) return fallback;
    if (v < 0) return Math.max(v + n, low);
    return Math.min(v, high);
  };
  const [low, high] = s > 0 ? [0, n] : [-1, n - 1];
  const first = clamp(start, s > 0 ? 0 : n - 1, low, high);
  const last = clamp(stop, s > 0 ? n : -1, low, high);
  const out: number[] = [];
  for (let i = first; s > 0 ? i < last : i > last; i += s) out.push(i);
  return out;
}

/** The constant parts of a tuple's slice (null where left out). */
export function constantParts(parts: readonly SomeValue[]): [number | null, number | null, number | null] {
  const [a, b, c] = parts.map((p) => (absent(p) ? null : Number(p.constValue as bigint)));
  return [a!, b!, c!];
}

const getsliceRule: OpRule = (req) => {
  const [container, ...parts] = req.args as [SomeValue, SomeValue, SomeValue, SomeValue];
  checkParts(req, parts);
  if (container instanceof SomeList) return callLibrary(req, 'list_getslice', [container, ...annotationParts(req, parts)], new Map(), 'list slice');
  if (container instanceof SomeString) return callLibrary(req, 'str_getslice', [container, ...annotationParts(req, parts)], new Map(), 'str slice');
  if (container instanceof SomeTuple) {
    if (!parts.every((p) => absent(p) || p.isConstant)) {
      throw req.error(Diag.UnsupportedOperation, 'a tuple slice needs constant bounds (tuples are fixed-shape records in Wyrm)');
    }
    const values = constantParts(parts);
    if (values[2] === 0) throw req.error(Diag.BadCall, 'slice step cannot be zero');
    return new SomeTuple(pythonSlice(container.items.length, ...values).map((i) => container.items[i]!));
  }
  if (container.canBeNone) throw req.error(Diag.UnsupportedOperation, `slicing a value that may be None (${container})`);
  throw req.unsupported(`'${container}' object is not subscriptable`);
};

const setsliceRule: OpRule = (req) => {
  const [container, a, b, c, values] = req.args as [SomeValue, SomeValue, SomeValue, SomeValue, SomeValue];
  checkParts(req, [a, b, c]);
  if (!(container instanceof SomeList)) throw req.unsupported(`'${container}' object does not support slice assignment`);
  container.listdef.item.mutated = true;
  container.listdef.item.resized = true;
  return callLibrary(req, 'list_setslice', [container, ...annotationParts(req, [a, b, c]), values], new Map(), 'list slice assignment');
};

const delsliceRule: OpRule = (req) => {
  const [container, ...parts] = req.args as [SomeValue, SomeValue, SomeValue, SomeValue];
  checkParts(req, parts);
  if (!(container instanceof SomeList)) throw req.unsupported(`'${container}' object does not support slice deletion`);
  container.listdef.item.resized = true;
  return callLibrary(req, 'list_delslice', [container, ...annotationParts(req, parts)], new Map(), 'del of a list slice');
};

export const sliceRules: Record<string, OpRule> = {
  getslice: getsliceRule,
  setslice: setsliceRule,
  delslice: delsliceRule,
};

/** For the lowering: the library arguments after the container, as flow values. */
export function sliceValues(parts: readonly Hlvalue[], isNone: (value: Hlvalue) => boolean): Hlvalue[] {
  return sliceArguments(parts, isNone, (value) => new Constant(value));
}

