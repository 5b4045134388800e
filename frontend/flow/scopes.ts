// Scope analysis, as CPython's symtable does it: which names a function binds (its locals),
// which it declares global or nonlocal, and which names a block of statements assigns (used to
// give loop headers an input for every variable the loop body may change).

import type * as ast from '../ast.ts';

export interface FunctionScope {
  /** Parameters and every name the body binds, minus global/nonlocal declarations. */
  readonly locals: Set<string>;
  readonly declaredGlobal: Set<string>;
  readonly declaredNonlocal: Set<string>;
  /** Names read or written in the body that are not local (free or global references). */
  readonly freeReads: Set<string>;
  /** The body contains `yield` (the function is a generator). */
  readonly isGenerator: boolean;
}

/** Names bound by an assignment target (`a`, `a, *b`, `[x, (y, z)]`; not `a.b` or `a[i]`). */
export function targetNames(target: ast.Expr, into: Set<string>): void {
  switch (target.nodeType) {
    case 'Name':
      into.add(target.id);
      break;
    case 'Tuple':
    case 'List':
      for (const elt of target.elts) targetNames(elt, into);
      break;
    case 'Starred':
      targetNames(target.value, into);
      break;
    default:
      break;
  }
}

/**
 * Visits the statements of one scope: calls `bind` for every name bound in this scope and
 * `use` for every name loaded, without entering nested function, lambda or class bodies
 * (their names, defaults and decorators belong to this scope). Comprehension variables are
 * local to the comprehension and not reported as bindings.
 */
export function walkScope(
  body: readonly ast.Stmt[],
  bind: (name: string) => void,
  use: (name: string) => void,
  declare: (stmt: ast.Global | ast.Nonlocal) => void = () => {},
  onYield: () => void = () => {},
): void {
  const walker = new ScopeWalker(bind, use, declare, onYield);
  for (const stmt of body) walker.stmt(stmt);
}

class ScopeWalker {
  private readonly bind: (name: string) => void;
  private readonly use: (name: string) => void;
  private readonly declare: (stmt: ast.Global | ast.Nonlocal) => void;
  private readonly onYield: () => void;
  /** Names bound by the comprehensions being walked (hidden from the enclosing scope). */
  private comprehensionLocals: Set<string>[] = [];

  constructor(
    bind: (name: string) => void,
    use: (name: string) => void,
    declare: (stmt: ast.Global | ast.Nonlocal) => void,
    onYield: () => void,
  ) {
    this.bind = bind;
    this.use = use;
    this.declare = declare;
    this.onYield = onYield;
  }

  private isComprehensionLocal(name: string): boolean {
    return this.comprehensionLocals.some((names) => names.has(name));
  }

  stmts(body: readonly ast.Stmt[]): void {
    for (const stmt of body) this.stmt(stmt);
  }

  stmt(stmt: ast.Stmt): void {
    switch (stmt.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        stmt.decorator_list.forEach((d) => this.expr(d));
        this.argumentDefaults(stmt.args);
        this.bind(stmt.name);
        return;
      case 'ClassDef':
        stmt.decorator_list.forEach((d) => this.expr(d));
        stmt.bases.forEach((b) => this.expr(b));
        stmt.keywords.forEach((k) => this.expr(k.value));
        this.bind(stmt.name);
        return;
      case 'Global':
      case 'Nonlocal':
        this.declare(stmt);
        return;
      case 'Import':
        for (const alias of stmt.names) this.bind(alias.asname ?? alias.name.split('.')[0]!);
        return;
      case 'ImportFrom':
        for (const alias of stmt.names) if (alias.name !== '*') this.bind(alias.asname ?? alias.name);
        return;
      default:
        break;
    }
    if (stmt.nodeType === 'Try' || stmt.nodeType === 'TryStar') {
      this.stmts(stmt.body);
      for (const handler of stmt.handlers) {
        if (handler.type) this.expr(handler.type);
        if (handler.name) this.bind(handler.name);
        this.stmts(handler.body);
      }
      this.stmts(stmt.orelse);
      this.stmts(stmt.finalbody);
      return;
    }
    if (stmt.nodeType === 'Match') {
      this.expr(stmt.subject);
      for (const c of stmt.cases) {
        this.pattern(c.pattern);
        if (c.guard) this.expr(c.guard);
        this.stmts(c.body);
      }
      return;
    }
    this.genericChildren(stmt as unknown as Record<string, unknown>);
  }

  private pattern(pattern: ast.Pattern): void {
    switch (pattern.nodeType) {
      case 'MatchValue':
        this.expr(pattern.value);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        pattern.patterns.forEach((p) => this.pattern(p));
        return;
      case 'MatchMapping':
        pattern.keys.forEach((k) => this.expr(k));
        pattern.patterns.forEach((p) => this.pattern(p));
        if (pattern.rest) this.bind(pattern.rest);
        return;
      case 'MatchClass':
        this.expr(pattern.cls);
        pattern.patterns.forEach((p) => this.pattern(p));
        pattern.kwd_patterns.forEach((p) => this.pattern(p));
        return;
      case 'MatchStar':
        if (pattern.name) this.bind(pattern.name);
        return;
      case 'MatchAs':
        if (pattern.pattern) this.pattern(pattern.pattern);
        if (pattern.name) this.bind(pattern.name);
        return;
    }
  }

  private argumentDefaults(args: ast.Arguments): void {
    args.defaults.forEach((d) => this.expr(d));
    args.kw_defaults.forEach((d) => d && this.expr(d));
  }

  /** Statement and expression children other than the special cases above. */
  private genericChildren(node: Record<string, unknown>): void {
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && 'nodeType' in item) this.node(item);
      } else if (value && typeof value === 'object' && 'nodeType' in value) {
        this.node(value as { nodeType: string });
      }
    }
  }

  private node(node: { nodeType: string }): void {
    const type = node.nodeType;
    if (type === 'arguments' || type === 'keyword' || type === 'withitem' || type === 'alias') {
      this.genericChildren(node as unknown as Record<string, unknown>);
      return;
    }
    if (isStmt(type)) this.stmt(node as ast.Stmt);
    else this.expr(node as ast.Expr);
  }

  expr(expr: ast.Expr): void {
    switch (expr.nodeType) {
      case 'Name':
        if (expr.ctx === 'Load') {
          if (!this.isComprehensionLocal(expr.id)) this.use(expr.id);
        } else if (this.comprehensionLocals.length === 0 || !this.isComprehensionLocal(expr.id)) {
          if (this.comprehensionLocals.length > 0) this.comprehensionLocals.at(-1)!.add(expr.id);
          else this.bind(expr.id);
        }
        return;
      case 'NamedExpr':
        // The walrus binds in the enclosing function scope, even inside a comprehension.
        this.expr(expr.value);
        this.bind(expr.target.id);
        return;
      case 'Lambda':
        this.argumentDefaults(expr.args);
        return;
      case 'Yield':
      case 'YieldFrom':
        this.onYield();
        if (expr.value) this.expr(expr.value);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        this.comprehension(expr);
        return;
      default:
        this.genericChildren(expr as unknown as Record<string, unknown>);
    }
  }

  private comprehension(expr: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp): void {
    // The first iterable is evaluated in the enclosing scope; the rest inside the comprehension.
    const first = expr.generators[0];
    if (first) this.expr(first.iter);
    const locals = new Set<string>();
    this.comprehensionLocals.push(locals);
    for (const gen of expr.generators) {
      targetNames(gen.target, locals);
      if (gen !== first) this.expr(gen.iter);
      gen.ifs.forEach((cond) => this.expr(cond));
    }
    if (expr.nodeType === 'DictComp') {
      this.expr(expr.key);
      this.expr(expr.value);
    } else {
      this.expr(expr.elt);
    }
    this.comprehensionLocals.pop();
  }
}

const STATEMENT_TYPES = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'TypeAlias',
  'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match',
  'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr',
  'Pass', 'Break', 'Continue',
]);

function isStmt(nodeType: string): boolean {
  return STATEMENT_TYPES.has(nodeType);
}

/** The scope of a function: its locals, declarations and free references. */
export function analyzeFunction(node: ast.FunctionDef | ast.Lambda): FunctionScope {
  const bound = new Set<string>();
  const used = new Set<string>();
  const declaredGlobal = new Set<string>();
  const declaredNonlocal = new Set<string>();
  let isGenerator = false;
  const args = node.args;
  for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) bound.add(a.arg);
  if (args.vararg) bound.add(args.vararg.arg);
  if (args.kwarg) bound.add(args.kwarg.arg);
  const body: ast.Stmt[] =
    node.nodeType === 'Lambda'
      ? [{ nodeType: 'Return', value: node.body, start: node.body.start, length: node.body.length }]
      : node.body;
  walkScope(
    body,
    (name) => bound.add(name),
    (name) => used.add(name),
    (decl) => {
      const into = decl.nodeType === 'Global' ? declaredGlobal : declaredNonlocal;
      for (const name of decl.names) into.add(name);
    },
    () => {
      isGenerator = true;
    },
  );
  const locals = new Set([...bound].filter((n) => !declaredGlobal.has(n) && !declaredNonlocal.has(n)));
  const freeReads = new Set([...used, ...bound].filter((n) => !locals.has(n)));
  return { locals, declaredGlobal, declaredNonlocal, freeReads, isGenerator };
}

/** Every name that a list of statements binds in the current scope (for loop headers). */
export function namesAssignedIn(body: readonly ast.Stmt[]): Set<string> {
  const names = new Set<string>();
  walkScope(body, (name) => names.add(name), () => {});
  return names;
}
