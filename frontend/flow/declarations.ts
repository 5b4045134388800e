// The annotations of a scope, read once: which names of a function (or of the module) are
// declared with a type, what its parameters and return value are declared as, and which
// instance attributes a class declares (`x: T` in its body, `self.x: T = ...` in its methods).
//
// The graph builder turns every store into a declared name (and every return of a function
// with a declared return type) into a `declare(value, Constant(declaration))` operation; its
// annotator rule checks that the value agrees with the declared type and fills in what
// inference does not know yet (annotator/declared.ts). Instance attributes have no store of
// their own in the graph, so the annotator looks their declarations up by class instead.

import type * as ast from '../ast.ts';
import { Constant, type Hlvalue } from '../flowmodel.ts';
import { PyClass, type PyFunction, type PyModule } from '../program.ts';
import type { SourceFile, Span } from '../source.ts';
import { formatDeclared, postponesAnnotations, resolveAnnotation, type DeclaredType } from '../typeexpr.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { analyzeFunction } from './scopes.ts';
import type { FlowContext } from './context.ts';

export type DeclarationSubject =
  | { readonly kind: 'variable'; readonly name: string; readonly moduleLevel: boolean }
  | { readonly kind: 'parameter'; readonly name: string; readonly func: PyFunction }
  | { readonly kind: 'return'; readonly func: PyFunction }
  | { readonly kind: 'attribute'; readonly name: string; readonly cls: PyClass };

/** One annotation: the declared type, what it is about, and where it is written. */
export class Declaration {
  readonly type: DeclaredType;
  readonly subject: DeclarationSubject;
  readonly source: SourceFile;
  /** The annotation expression. */
  readonly span: Span;

  constructor(type: DeclaredType, subject: DeclarationSubject, source: SourceFile, span: Span) {
    this.type = type;
    this.subject = subject;
    this.source = source;
    this.span = span;
  }

  /** "variable 'x'", "argument 'n' of fib()", "attribute 'left' of Tree". */
  describe(): string {
    const s = this.subject;
    switch (s.kind) {
      case 'variable':
        return `${s.moduleLevel ? 'module variable' : 'variable'} '${s.name}'`;
      case 'parameter':
        return `argument '${s.name}' of ${s.func.qualname}()`;
      case 'return':
        return `the return value of ${s.func.qualname}()`;
      case 'attribute':
        return `attribute '${s.name}' of ${s.cls.qualname}`;
    }
  }

  toString(): string {
    return formatDeclared(this.type);
  }
}

/** The declarations a graph's builder consults. */
export class ScopeDeclarations {
  /** Annotated names of the scope (parameters included), by name. */
  readonly names: ReadonlyMap<string, Declaration>;
  /** Annotated names of the module, for `global` names of a function. */
  readonly moduleNames: ReadonlyMap<string, Declaration>;
  readonly returns: Declaration | null;

  constructor(names: ReadonlyMap<string, Declaration>, moduleNames: ReadonlyMap<string, Declaration>, returns: Declaration | null) {
    this.names = names;
    this.moduleNames = moduleNames;
    this.returns = returns;
  }

  /** The declaration a store into `name` must satisfy, if any. */
  forStore(ctx: FlowContext, name: string): Declaration | null {
    if (ctx.envName(name) !== name) return null; // a comprehension's own variable
    if (ctx.func === null) return this.moduleNames.get(name) ?? null;
    if (ctx.isLocal(name)) return this.names.get(name) ?? null;
    if (ctx.declaredGlobal.has(name)) return this.moduleNames.get(name) ?? null;
    return null;
  }
}

/** `value` checked against (and narrowed by) `declaration`: a declare operation. */
export function emitDeclare(ctx: FlowContext, declaration: Declaration, value: Hlvalue, node: ast.Located | Span | null, nameHint?: string): Hlvalue {
  return ctx.emit('declare', [value, new Constant(declaration)], node, nameHint);
}

/** A return value checked against the function's declared return type (if it has one). */
export function declareReturn(ctx: FlowContext, value: Hlvalue, node: ast.Located | null): Hlvalue {
  const declaration = ctx.declarations.returns;
  return declaration ? emitDeclare(ctx, declaration, value, node) : value;
}

const moduleCache = new WeakMap<PyModule, Map<string, Declaration>>();
const functionCache = new WeakMap<PyFunction, ScopeDeclarations>();
const classCache = new WeakMap<PyClass, Map<string, Declaration>>();

function spanOf(node: ast.Located): Span {
  return { start: node.start, length: node.length };
}

/** Adds `declaration` for `name`, refusing a second annotation of the name with another type. */
function addDeclaration(into: Map<string, Declaration>, name: string, declaration: Declaration): void {
  const earlier = into.get(name);
  if (!earlier) {
    into.set(name, declaration);
    return;
  }
  if (formatDeclared(earlier.type) === formatDeclared(declaration.type)) return;
  throw compileError(Diag.BadAnnotation, `'${name}' is annotated ${declaration} here but ${earlier} elsewhere; a name has one declared type`, declaration.source, declaration.span, [
    { message: `'${name}' is annotated ${earlier} here`, source: earlier.source, span: earlier.span },
  ]);
}

/** Annotated assignments of a scope (not of the functions and classes nested in it). */
function annotatedAssignments(body: readonly ast.Stmt[]): ast.AnnAssign[] {
  const found: ast.AnnAssign[] = [];
  const visit = (stmts: readonly ast.Stmt[]): void => {
    for (const stmt of stmts) {
      if (stmt.nodeType === 'AnnAssign') found.push(stmt);
      if (stmt.nodeType === 'FunctionDef' || stmt.nodeType === 'AsyncFunctionDef' || stmt.nodeType === 'ClassDef') continue;
      for (const key of ['body', 'orelse', 'finalbody'] as const) {
        const inner = (stmt as unknown as Record<string, unknown>)[key];
        if (Array.isArray(inner)) visit(inner as ast.Stmt[]);
      }
      if (stmt.nodeType === 'Try' || stmt.nodeType === 'TryStar') for (const handler of stmt.handlers) visit(handler.body);
      if (stmt.nodeType === 'Match') for (const c of stmt.cases) visit(c.body);
    }
  };
  visit(body);
  return found;
}

/** The module's annotated names (`x: int = 0` at module level, in any block of it). */
export function moduleDeclarations(module: PyModule): ReadonlyMap<string, Declaration> {
  let names = moduleCache.get(module);
  if (!names) {
    names = new Map();
    const postponed = postponesAnnotations(module);
    for (const stmt of annotatedAssignments(module.ast.body)) {
      if (stmt.target.nodeType !== 'Name') continue; // attributes and items: checked by the builder
      const type = resolveAnnotation(stmt.annotation, { module, evaluatedAt: postponed ? null : stmt.start });
      const subject = { kind: 'variable', name: stmt.target.id, moduleLevel: true } as const;
      addDeclaration(names, stmt.target.id, new Declaration(type, subject, module.source, spanOf(stmt.annotation)));
    }
    moduleCache.set(module, names);
  }
  return names;
}

/**
 * Where CPython evaluates the annotations of `func`'s signature: when its def statement runs,
 * for a module-level function or a method of a module-level class; null when Wyrm does not
 * check (nested functions, postponed annotations).
 */
function signatureEvaluatedAt(func: PyFunction): number | null {
  if (func.parent !== null || postponesAnnotations(func.module)) return null;
  return func.node.start;
}

/** The declarations of a function's scope, or of the module's top-level code (func null). */
export function scopeDeclarations(module: PyModule, func: PyFunction | null): ScopeDeclarations {
  if (func === null) return new ScopeDeclarations(moduleDeclarations(module), moduleDeclarations(module), null);
  let scope = functionCache.get(func);
  if (scope) return scope;
  const names = new Map<string, Declaration>();
  let returns: Declaration | null = null;
  const node = func.node;
  if (node.nodeType === 'FunctionDef') {
    const evaluatedAt = signatureEvaluatedAt(func);
    const args = node.args;
    for (const arg of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) {
      if (!arg.annotation) continue;
      const type = resolveAnnotation(arg.annotation, { module, evaluatedAt });
      names.set(arg.arg, new Declaration(type, { kind: 'parameter', name: arg.arg, func }, module.source, spanOf(arg.annotation)));
    }
    // A generator's annotation (Iterator[int]) describes what it yields, not its return statements.
    if (node.returns && !analyzeFunction(node).isGenerator) {
      const type = resolveAnnotation(node.returns, { module, evaluatedAt });
      returns = new Declaration(type, { kind: 'return', func }, module.source, spanOf(node.returns));
    }
    for (const stmt of annotatedAssignments(node.body)) {
      if (stmt.target.nodeType !== 'Name') continue;
      // CPython never evaluates the annotation of a local variable.
      const type = resolveAnnotation(stmt.annotation, { module, evaluatedAt: null });
      const subject = { kind: 'variable', name: stmt.target.id, moduleLevel: false } as const;
      addDeclaration(names, stmt.target.id, new Declaration(type, subject, module.source, spanOf(stmt.annotation)));
    }
  }
  scope = new ScopeDeclarations(names, moduleDeclarations(module), returns);
  functionCache.set(func, scope);
  return scope;
}

/** The name of a method's first parameter (`self`), or null. */
function selfName(func: PyFunction): string | null {
  const args = func.node.args;
  return [...args.posonlyargs, ...args.args][0]?.arg ?? null;
}

/** Whether `stmt` annotates an attribute of the method's own instance: `self.x: T = ...`. */
export function isSelfAttributeDeclaration(func: PyFunction | null, target: ast.Expr): target is ast.Attribute {
  return (
    func !== null &&
    func.owner !== null &&
    func.kind === 'method' &&
    target.nodeType === 'Attribute' &&
    target.value.nodeType === 'Name' &&
    target.value.id === selfName(func)
  );
}

/** The instance attributes `cls` declares: `x: T` in its body and `self.x: T = ...` in its methods. */
export function attributeDeclarations(cls: PyClass): ReadonlyMap<string, Declaration> {
  let attrs = classCache.get(cls);
  if (attrs) return attrs;
  attrs = new Map();
  const module = cls.module;
  const postponed = postponesAnnotations(module);
  for (const stmt of cls.node.body) {
    if (stmt.nodeType !== 'AnnAssign' || stmt.target.nodeType !== 'Name') continue;
    // A class body's annotations are evaluated when the body runs.
    const type = resolveAnnotation(stmt.annotation, { module, evaluatedAt: postponed ? null : stmt.start });
    addDeclaration(attrs, stmt.target.id, new Declaration(type, { kind: 'attribute', name: stmt.target.id, cls }, module.source, spanOf(stmt.annotation)));
  }
  for (const method of cls.methods.values()) {
    if (method.node.nodeType !== 'FunctionDef') continue;
    for (const stmt of annotatedAssignments(method.node.body)) {
      if (!isSelfAttributeDeclaration(method, stmt.target)) continue;
      const name = (stmt.target as ast.Attribute).attr;
      const type = resolveAnnotation(stmt.annotation, { module, evaluatedAt: null });
      addDeclaration(attrs, name, new Declaration(type, { kind: 'attribute', name, cls }, module.source, spanOf(stmt.annotation)));
    }
  }
  classCache.set(cls, attrs);
  return attrs;
}

/** The declaration of attribute `name` on instances of a class with this method order. */
export function declaredAttribute(classes: readonly unknown[], name: string): Declaration | null {
  for (const cls of classes) {
    if (!(cls instanceof PyClass) || cls.synthetic) continue;
    const found = attributeDeclarations(cls).get(name);
    if (found) return found;
  }
  return null;
}

/**
 * The annotated parameters, checked against their annotations where the body starts (those
 * kept in cells were checked when makeCells stored them, by storeName).
 */
export function declareParameters(ctx: FlowContext, params: readonly string[]): void {
  for (const name of params) {
    const declaration = ctx.declarations.names.get(name);
    if (!declaration || declaration.subject.kind !== 'parameter' || ctx.captured?.cells.has(name)) continue;
    ctx.storeName(name, ctx.builder.lookup(name)!.value, declaration.span);
  }
}
