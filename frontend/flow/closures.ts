// Nested functions and lambdas that use variables of the functions around them (closures).
//
// A nested function that uses no enclosing variable is an ordinary function constant. One that
// does is made at run time by a `newclosure` operation, with an environment: an instance of a
// class Wyrm makes for it (its "closure class") holding what the function uses from outside.
// The function receives its environment as a hidden first parameter. The annotator infers the
// environment's attribute types as it does any instance's; the value of the closure is a
// function (a SomePBC) whose run-time representation carries the environment.
//
// A captured variable is copied into the closure when the copy cannot be told apart from the
// variable: it is bound once, by a plain statement of the defining function's body (not in a
// loop or a branch) or as a parameter, before every nested function that uses it. Otherwise
// (rebound, bound in a loop, declared `nonlocal`, or used by a function defined before it is
// bound) it lives in a cell: an instance of the defining function's "cells class", shared by
// the function and its closures, with a flag per variable saying whether it is bound yet.

import type * as ast from '../ast.ts';
import { PyClass, type PyFunction } from '../program.ts';
import { analyzeFunction, walkScope, type FunctionScope } from './scopes.ts';

/** How a function's own locals are captured by the functions nested in it. */
export interface CapturedLocals {
  /** Locals copied into closures when they are made. */
  readonly byValue: ReadonlySet<string>;
  /** Locals kept in the function's cells object. */
  readonly cells: ReadonlySet<string>;
  /** The class of the cells object (null when there are no cells). */
  readonly cellsClass: PyClass | null;
}

/** Where a nested function finds a variable of an enclosing function. */
export type FreeVariable =
  /** Copied into this function's closure (attribute of the same name). */
  | { kind: 'copy' }
  /** The closure itself: the function's own name, bound once to it by its def. */
  | { kind: 'self' }
  /** In the cells of `owner`, which this function's closure references. */
  | { kind: 'cell'; owner: PyFunction }
  /** A nested function that uses no enclosing variable, bound once: a constant. */
  | { kind: 'constant'; func: PyFunction };

export interface ClosureInfo {
  /** Variables of enclosing functions this function (or a function inside it) uses. */
  readonly free: ReadonlyMap<string, FreeVariable>;
  /** The closure class (null when `free` is empty: the function is a plain constant). */
  readonly closureClass: PyClass | null;
}

const scopes = new WeakMap<PyFunction, FunctionScope>();
const captured = new WeakMap<PyFunction, CapturedLocals>();
const closures = new WeakMap<PyFunction, ClosureInfo>();

export function scopeOf(func: PyFunction): FunctionScope {
  let scope = scopes.get(func);
  if (!scope) {
    scope = analyzeFunction(func.node);
    scopes.set(func, scope);
  }
  return scope;
}

/** The functions and lambdas defined directly in `func`'s body (not inside nested ones). */
export function childrenOf(func: PyFunction): PyFunction[] {
  return [...func.module.functions.values()].filter((f) => f.parent === func);
}

/** The enclosing function whose local `name` is, seen from `func`'s body, or null (global). */
function definingFunction(func: PyFunction, name: string): PyFunction | null {
  for (let outer = func.parent; outer; outer = outer.parent) {
    const scope = scopeOf(outer);
    if (scope.declaredGlobal.has(name)) return null;
    if (scope.locals.has(name)) return outer;
  }
  return null;
}

/** The names `func` uses from enclosing functions, directly or for a function nested in it. */
function freeNames(func: PyFunction): Set<string> {
  const scope = scopeOf(func);
  const names = new Set<string>();
  for (const name of [...scope.freeReads, ...scope.declaredNonlocal]) {
    if (!scope.declaredGlobal.has(name) && definingFunction(func, name)) names.add(name);
  }
  for (const child of childrenOf(func)) {
    for (const name of freeNames(child)) if (!scope.locals.has(name) && definingFunction(func, name)) names.add(name);
  }
  return names;
}

function declaresNonlocal(func: PyFunction, name: string): boolean {
  return childrenOf(func).some((child) => {
    const scope = scopeOf(child);
    if (scope.locals.has(name)) return false;
    return scope.declaredNonlocal.has(name) || declaresNonlocal(child, name);
  });
}

/** Whether `stmt` binds names only in the simple sense: no loop, branch or handler around it. */
function isPlainStatement(stmt: ast.Stmt): boolean {
  switch (stmt.nodeType) {
    case 'Assign':
    case 'AnnAssign':
    case 'FunctionDef':
    case 'Import':
    case 'ImportFrom':
    case 'Expr':
      return true;
    default:
      return false;
  }
}

/** Decides, for each local of `func` that nested functions use, whether it is copied or a cell. */
export function capturedLocals(func: PyFunction): CapturedLocals {
  const known = captured.get(func);
  if (known) return known;
  const scope = scopeOf(func);
  const users = new Map<string, PyFunction[]>();
  for (const child of childrenOf(func)) {
    for (const name of freeNames(child)) {
      if (!scope.locals.has(name)) continue;
      users.set(name, [...(users.get(name) ?? []), child]);
    }
  }
  // Binding sites: parameters, then each statement of the body that binds the name.
  const sites = new Map<string, { plain: boolean; end: number; def: ast.FunctionDef | null }[]>();
  const addSite = (name: string, site: { plain: boolean; end: number; def: ast.FunctionDef | null }): void => {
    sites.set(name, [...(sites.get(name) ?? []), site]);
  };
  const args = func.node.args;
  for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) addSite(a.arg, { plain: true, end: func.node.start, def: null });
  const body: ast.Stmt[] = func.node.nodeType === 'Lambda' ? [] : func.node.body;
  for (const stmt of body) {
    const plain = isPlainStatement(stmt);
    walkScope([stmt], (name) => addSite(name, { plain, end: stmt.start + stmt.length, def: stmt.nodeType === 'FunctionDef' && stmt.name === name ? stmt : null }), () => {});
  }
  const byValue = new Set<string>();
  const cells = new Set<string>();
  for (const [name, children] of users) {
    const bound = sites.get(name) ?? [];
    const only = bound.length === 1 ? bound[0]! : null;
    const copyable =
      only !== null &&
      only.plain &&
      !declaresNonlocal(func, name) &&
      children.every((child) => child.node === only.def || child.node.start >= only.end);
    (copyable ? byValue : cells).add(name);
  }
  const cellsClass = cells.size > 0 ? syntheticClass(func, `<cells of ${func.qualname}>`) : null;
  const result = { byValue, cells, cellsClass };
  captured.set(func, result);
  return result;
}

/** Where `func` finds each variable it uses from enclosing functions; its closure class. */
export function closureInfo(func: PyFunction): ClosureInfo {
  const known = closures.get(func);
  if (known) return known;
  if (inProgress.has(func)) return { free: new Map(), closureClass: PENDING };
  inProgress.add(func);
  const free = new Map<string, FreeVariable>();
  for (const name of freeNames(func)) {
    const owner = definingFunction(func, name)!;
    const locals = capturedLocals(owner);
    const def = locals.byValue.has(name) ? nestedDefNamed(owner, name) : null;
    if (locals.cells.has(name)) free.set(name, { kind: 'cell', owner });
    else if (def === func) free.set(name, { kind: 'self' });
    else if (def !== null && closureInfo(def).closureClass === null) free.set(name, { kind: 'constant', func: def });
    else free.set(name, { kind: 'copy' });
  }
  inProgress.delete(func);
  // A function that uses only its own name or constants needs no instance: it is a constant.
  const needsInstance = [...free.values()].some((v) => v.kind === 'copy' || v.kind === 'cell');
  const closureClass = needsInstance ? syntheticClass(func, `<closure ${func.qualname}>`) : null;
  const info = { free, closureClass };
  closures.set(func, info);
  return info;
}

const inProgress = new Set<PyFunction>();
/** Stands for "not decided yet" while a cycle of nested functions is being examined. */
const PENDING = {} as PyClass;

/** The nested function whose def binds `name` in `owner`'s body, if that is how it is bound. */
function nestedDefNamed(owner: PyFunction, name: string): PyFunction | null {
  return childrenOf(owner).find((child) => child.node.nodeType === 'FunctionDef' && child.node.name === name) ?? null;
}

/** The attribute of a closure that references the cells of `owner`. */
export function cellsAttribute(owner: PyFunction): string {
  return `.cells of ${owner.qualname}`;
}

/** The attribute of a cells object that says whether `name` is bound. */
export function boundFlag(name: string): string {
  return `.bound ${name}`;
}

/** The name of the hidden local holding a function's cells object, and of a closure's self. */
export const CELLS_LOCAL = '.cells';
export const CLOSURE_PARAM = '.closure';

/** What a closure's environment holds: attribute names and where the values come from. */
export type ClosureField = { attr: string; from: { kind: 'copy'; name: string } | { kind: 'cells'; owner: PyFunction } };

/** The fields of `func`'s closure environment, in the order `newclosure` receives them. */
export function closureFields(func: PyFunction): ClosureField[] {
  const fields: ClosureField[] = [];
  const owners = new Set<PyFunction>();
  for (const [name, free] of closureInfo(func).free) {
    if (free.kind === 'copy') fields.push({ attr: name, from: { kind: 'copy', name } });
    else if (free.kind === 'cell' && !owners.has(free.owner)) {
      owners.add(free.owner);
      fields.push({ attr: cellsAttribute(free.owner), from: { kind: 'cells', owner: free.owner } });
    }
  }
  return fields;
}

function syntheticClass(func: PyFunction, name: string): PyClass {
  const node: ast.ClassDef = {
    nodeType: 'ClassDef', name, bases: [], keywords: [], body: [], decorator_list: [], type_params: [],
    start: func.node.start, length: func.node.length,
  };
  return new PyClass(node, func.module, name, true);
}
