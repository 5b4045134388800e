// `e.args`: the arguments an exception was made with, as a tuple. CPython's
// BaseException.__new__ keeps the constructor's positional arguments, and BaseException.__init__
// (called directly or through super().__init__) replaces them with its own. Wyrm keeps them in
// an ordinary attribute `args` of the exception's class, with one tuple type per class
// hierarchy like any attribute, but only for the classes whose `args` the program reads:
// exceptions are often made with different arguments (`ValueError()`, `ValueError("bad")`)
// where nothing reads them. Reading `e.args` marks the class, and the operations that make its
// instances (and its subclasses') are annotated again, now storing their arguments. The
// exceptions the runtime raises by itself (IndexError, ZeroDivisionError...) carry one message:
// their args are `(message,)`, made when read (backend/lower/instances.ts).

import { Diag } from '../../diagnostics/catalog.ts';
import type * as ast from '../../frontend/ast.ts';
import { forEachChild } from '../../frontend/ast.ts';
import type { ClassDef, ClassDesc } from '../classdef.ts';
import { SomeString, SomeTuple, type SomeValue } from '../model.ts';
import { UnionError } from '../union.ts';
import type { OpRequest } from './registry.ts';

/** The builtin exceptions that translated code raises itself (not through a constructor call). */
export const RAISED_WITH_MESSAGE = new Set([
  'AttributeError', 'IndexError', 'MemoryError', 'NameError', 'OverflowError', 'RecursionError', 'TypeError', 'UnboundLocalError',
  'ValueError', 'ZeroDivisionError',
]);

/** Whether instances of `classdef` (or of a subclass) may be raised by the runtime with a message. */
export function mayBeRaisedWithMessage(classdef: ClassDef): boolean {
  return classdef.descendants().some((c) => c.desc.isBuiltin && RAISED_WITH_MESSAGE.has(c.desc.name));
}

/** Whether `node` (a method's body) calls `super().__init__(...)` or `Base.__init__(self, ...)`. */
function initCallIn(node: ast.Node, bases: readonly ClassDesc[]): ClassDesc | 'super' | null {
  let found: ClassDesc | 'super' | null = null;
  const visit = (n: ast.Node): void => {
    if (found !== null) return;
    if (n.nodeType === 'Call' && n.func.nodeType === 'Attribute' && n.func.attr === '__init__') {
      const target = n.func.value;
      if (target.nodeType === 'Call' && target.func.nodeType === 'Name' && target.func.id === 'super' && target.args.length === 0) found = 'super';
      else if (target.nodeType === 'Name') found = bases.find((c) => c.name === target.id) ?? null;
      if (found !== null) return;
    }
    // Nested functions and classes run other code.
    if (n.nodeType === 'FunctionDef' || n.nodeType === 'AsyncFunctionDef' || n.nodeType === 'Lambda' || n.nodeType === 'ClassDef') return;
    forEachChild(n, visit);
  };
  forEachChild(node, visit);
  return found;
}

/**
 * Whether the __init__ that runs for instances of `desc` reaches BaseException.__init__ (which
 * replaces the constructor's arguments): through a chain of __init__ methods that each call the
 * next one's.
 */
export function initReplacesArgs(desc: ClassDesc): boolean {
  let owner: ClassDesc | null = desc;
  const seen = new Set<unknown>();
  while (owner !== null) {
    const member = owner.lookup('__init__');
    // No __init__ of the program's: the constructor's arguments are the args (when it is
    // desc's own), or BaseException.__init__ is reached through the calls followed so far.
    if (member?.kind !== 'method') return seen.size > 0 && owner.isExceptionClass();
    if (seen.has(member.func)) return false;
    seen.add(member.func);
    const next = initCallIn(member.func.node, member.owner.mro().slice(1));
    if (next === null) return false;
    owner = next === 'super' ? member.owner.base : next;
  }
  return false;
}

/** Stores an exception's arguments in its class's `args`, when the program reads them. */
export function recordExceptionArgs(req: OpRequest, classdef: ClassDef, items: readonly SomeValue[]): void {
  classdef.exceptionMakers.add(req.position);
  if (!classdef.ancestors().some((c) => c.exceptionArgsRead)) return;
  storeArgs(req, classdef, new SomeTuple(items.map((s) => s.withoutConstant())));
}

function storeArgs(req: OpRequest, classdef: ClassDef, value: SomeValue): void {
  try {
    classdef.generalize('args', value, req.site);
  } catch (error) {
    if (!(error instanceof UnionError)) throw error;
    const attr = classdef.locate('args')!;
    const notes = attr.firstRead ? [{ message: 'e.args is read here', source: attr.firstRead.source, span: attr.firstRead.span }] : [];
    const raised = attr.owner.descendants().filter((c) => c.desc.isBuiltin && RAISED_WITH_MESSAGE.has(c.desc.name)).map((c) => c.name);
    const why = raised.length > 0 ? ` (operations raise ${raised.join(', ')} with a message: (str,))` : '';
    throw req.error(
      Diag.TypeConflict,
      `this ${classdef.name} is made with arguments ${value} but others with ${attr.value}${why}; Wyrm needs one type for the e.args of ${attr.owner.name} and its subclasses`,
      notes,
    );
  }
}

/**
 * `e.args` of an instance of `classdef`: from now on its makers store their arguments (they are
 * annotated again), and the runtime's own exceptions bring `(str,)`.
 */
export function readExceptionArgs(req: OpRequest, classdef: ClassDef): void {
  // A subclass known later brings its own exceptions: this is decided again then.
  classdef.subclassReaders.add(req.position);
  const first = !classdef.exceptionArgsRead;
  classdef.exceptionArgsRead = true;
  const attr = classdef.attribute('args');
  attr.firstRead ??= req.site;
  for (const c of classdef.descendants()) {
    if (first) for (const maker of c.exceptionMakers) req.annotator.reflow(maker);
    // Running out of stack or memory is left out of the args of a handler of their bases.
    const rare = c !== classdef && (c.desc.name === 'RecursionError' || c.desc.name === 'MemoryError');
    if (c.desc.isBuiltin && RAISED_WITH_MESSAGE.has(c.desc.name) && !rare) storeArgs(req, c, new SomeTuple([new SomeString()]));
  }
}
