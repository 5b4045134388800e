// Which variables of a graph hold one character of a str as its code point (an i32) instead of
// a str: RPython's SomeChar, found here from the flow graph rather than in the annotator's
// lattice. A scanner's `s[i] == '"'`, `s[i] in " \n"`, `ord(s[i])` or `for ch in text: if ch
// == ...` then compares integers, where each character used to be a str (a shared one below
// U+0100, a new one above) that every comparison took apart again.
//
// A char variable is the result of indexing a str, or the item of a `for` loop over a str, or a
// block input that only such variables (through links) reach. The variables that links join
// form a web, which is char as a whole or not at all: not when any member is defined otherwise
// (a parameter, another operation's result, a constant on a link), may be None, reaches the
// return or except block, or is compared by identity (`is`: a character above U+0100 is a new
// str each time in CPython), and not when no operation gains from it (`ch.isdigit()` and the
// other class predicates gain: see charMethods). Every other use reads the
// variable as a str: FunctionEmitter.valueOf makes the str of the code point there, as indexing
// did before, so nothing is slower than it was.

import type { Annotator } from '../../annotator/annotator.ts';
import { SomeBuiltin, SomeIterator, SomeString, type SomeValue } from '../../annotator/model.ts';
import { Constant, Variable, type Block, type FunctionGraph, type Hlvalue, type SpaceOperation } from '../../frontend/flowmodel.ts';

const COMPARISONS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** The str methods a character answers from its code point's classes (lower/chars.ts). */
export const CHAR_PREDICATES = new Set(['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isalnum']);

/**
 * `ch.isdigit()` is two operations, `m = getattr(ch, 'isdigit')` and `simple_call(m)`: the
 * getattr whose method only that call uses (in its block) reads the char in place, and `m`
 * holds the code point too. The method variables of `blocks`, with the getattrs that make them.
 */
function charMethods(annotator: Annotator, blocks: readonly Block[]): Map<Variable, SpaceOperation> {
  const uses = new Map<Variable, number>();
  const count = (v: Hlvalue): void => {
    if (v instanceof Variable) uses.set(v, (uses.get(v) ?? 0) + 1);
  };
  for (const block of blocks) {
    for (const op of block.operations) op.args.forEach(count);
    for (const link of block.exits) link.args.forEach(count);
    if (block.exitswitch instanceof Variable) count(block.exitswitch);
  }
  const methods = new Map<Variable, SpaceOperation>();
  for (const block of blocks) {
    block.operations.forEach((op, k) => {
      const name = op.args[1];
      if (op.opname !== 'getattr' || !(name instanceof Constant) || !CHAR_PREDICATES.has(name.value as string)) return;
      if (!isPlainStr(annotator.annotation(op.args[0]!)) || uses.get(op.result) !== 1) return;
      const call = block.operations.slice(k + 1).find((o) => o.args.includes(op.result));
      if (call?.opname === 'simple_call' && call.args.length === 1 && call.args[0] === op.result) methods.set(op.result, op);
    });
  }
  return methods;
}

function isPlainStr(s: SomeValue | null): boolean {
  return s instanceof SomeString && !s.canBeNone && !s.isConstant;
}

/** A str constant of exactly one code point, or null. */
export function oneCodePoint(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const points = [...value];
  return points.length === 1 ? points[0]!.codePointAt(0)! : null;
}

/** Whether `op` makes a character: `s[i]` on a str, or a `for` loop's next item of a str. */
function definesChar(annotator: Annotator, block: Block, op: SpaceOperation): boolean {
  if (!isPlainStr(annotator.annotation(op.result))) return false;
  if (op.opname === 'getitem') {
    const container = annotator.annotation(op.args[0]!);
    return container instanceof SomeString && !container.canBeNone;
  }
  if (op.opname === 'next' && op === block.operations[block.operations.length - 1]) {
    const it = annotator.annotation(op.args[0]!);
    const handlers = block.exits.slice(1);
    // Only a for loop's step (its StopIteration handler), which FunctionEmitter lowers itself.
    return it instanceof SomeIterator && it.container instanceof SomeString && it.variant === 'items'
      && handlers.length === 1 && (handlers[0]!.exitcase as { name?: string } | null)?.name === 'StopIteration';
  }
  return false;
}

/**
 * Whether `op` reads argument `i` as a char to its advantage (lower/chars.ts lowers these): a
 * comparison with a one-code-point constant or another char, `ch in "..."`, `ord(ch)`.
 */
export function usesCharInPlace(annotator: Annotator, op: SpaceOperation, i: number, isChar: (v: Variable) => boolean): boolean {
  const other = (k: number): boolean => {
    const v = op.args[k]!;
    return v instanceof Constant ? oneCodePoint(v.value) !== null : v instanceof Variable && isChar(v);
  };
  if (COMPARISONS.has(op.opname) && op.args.length === 2) return other(1 - i);
  if (op.opname === 'contains' && i === 1) {
    const container = op.args[0]!;
    return container instanceof Constant && typeof container.value === 'string';
  }
  if (op.opname === 'simple_call' && i === 1 && op.args.length === 2) {
    const callee = annotator.annotation(op.args[0]!);
    return callee instanceof SomeBuiltin && callee.self === null && callee.name === 'ord';
  }
  return op.opname === 'bool' && i === 0;
}

class Webs {
  private readonly parent = new Map<Variable, Variable>();

  find(v: Variable): Variable {
    let root = v;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    if (root !== v) this.parent.set(v, root);
    return root;
  }

  union(a: Variable, b: Variable): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** The variables of `graph` that hold a character as its code point. */
export function findCharVariables(annotator: Annotator, graph: FunctionGraph, blocks: readonly Block[]): Set<Variable> {
  const webs = new Webs();
  const members = new Set<Variable>();
  const tainted = new Set<Variable>();
  const defined = new Set<Variable>();
  const taint = (v: Variable): void => {
    tainted.add(v);
  };
  for (const block of blocks) {
    for (const op of block.operations) if (definesChar(annotator, block, op)) defined.add(op.result);
  }
  if (defined.size === 0) return new Set();
  // Join the values links pass; an input reached by anything but a variable cannot be a char.
  for (const block of blocks) {
    for (const link of block.exits) {
      link.args.forEach((arg, i) => {
        const input = link.target.inputargs[i];
        if (input === undefined) return;
        members.add(input);
        if (link.target.isFinal) taint(input);
        if (arg instanceof Variable) {
          members.add(arg);
          webs.union(arg, input);
        } else {
          taint(input);
        }
      });
    }
  }
  for (const v of defined) members.add(v);
  for (const block of blocks) {
    for (const v of block.inputargs) {
      if (!isPlainStr(annotator.annotation(v))) taint(v);
    }
    if (block === graph.startblock) block.inputargs.forEach(taint);
    for (const op of block.operations) {
      if (!defined.has(op.result) && members.has(op.result)) taint(op.result);
      if (op.opname === 'is_') op.args.forEach((a) => a instanceof Variable && taint(a));
    }
    if (block.exitswitch instanceof Variable) taint(block.exitswitch);
    for (const link of block.exits) {
      if (link.lastExcValue) taint(link.lastExcValue);
      if (link.lastException) taint(link.lastException);
    }
  }
  const badWebs = new Set<Variable>();
  for (const v of tainted) badWebs.add(webs.find(v));
  // A web of defined chars and inputs, with no bad member.
  const candidate = (v: Variable): boolean => !badWebs.has(webs.find(v));
  const methods = charMethods(annotator, blocks);
  const gains = new Set<Variable>();
  for (const getattr of methods.values()) {
    const ch = getattr.args[0]!;
    if (ch instanceof Variable && members.has(ch) && candidate(ch)) gains.add(webs.find(ch));
  }
  for (const block of blocks) {
    for (const op of block.operations) {
      op.args.forEach((a, i) => {
        if (a instanceof Variable && candidate(a) && members.has(a) && usesCharInPlace(annotator, op, i, (x) => members.has(x) && candidate(x))) gains.add(webs.find(a));
      });
    }
  }
  const chars = new Set<Variable>();
  for (const v of members) {
    if (candidate(v) && gains.has(webs.find(v))) chars.add(v);
  }
  // A web must hold a character where it starts: one with no definition holds none.
  const rootsDefined = new Set([...defined].filter((v) => chars.has(v)).map((v) => webs.find(v)));
  for (const v of [...chars]) if (!rootsDefined.has(webs.find(v))) chars.delete(v);
  for (const [method, getattr] of methods) if (chars.has(getattr.args[0] as Variable)) chars.add(method);
  return chars;
}
