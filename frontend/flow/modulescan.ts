// The module scanner: decides how each module-level name is bound before any graph is built.
// RPython imports the module in a host Python and reads the live objects; Wyrm reads the AST:
// a name bound once by a top-level `def` is a constant function, a name bound once to a literal
// before any code can run is a constant (folded into every use, as RPython's prebuilt
// constants are), a name that functions read or rebind is a module variable, and a name used
// only by module-level code is a local of the `<module>` graph.

import type * as ast from '../ast.ts';
import { findAssignedClassAttributes } from './classattrs.ts';
import { BUILTIN_MODULES, INTRINSICS } from '../builtins.ts';
import { GlobalVariable, PyClass, PyFunction, PyModule, type ModuleBinding } from '../program.ts';
import type { SourceFile, Span } from '../source.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { analyzeFunction, walkScope } from './scopes.ts';
import { literalValue } from './literals.ts';
import { generatorExpressionDef } from './genexpr.ts';
import { resolveBases, scanClassBody } from './classscan.ts';

function spanOfNode(node: ast.Located): Span {
  return { start: node.start, length: node.length };
}

/** True when evaluating `stmt` at module level could run code of the program's functions. */
function mayRunCode(stmt: ast.Stmt): boolean {
  if (stmt.nodeType === 'FunctionDef') {
    return stmt.decorator_list.length > 0 || stmt.args.defaults.some(containsCall) || stmt.args.kw_defaults.some((d) => d !== null && containsCall(d));
  }
  if (stmt.nodeType === 'Import' || stmt.nodeType === 'ImportFrom') return false;
  if (stmt.nodeType === 'ClassDef') return true;
  return containsCall(stmt);
}

function containsCall(node: ast.Node): boolean {
  let found = false;
  const visit = (n: ast.Node): void => {
    if (found) return;
    if (n.nodeType === 'Call') {
      found = true;
      return;
    }
    if (n.nodeType === 'FunctionDef' || n.nodeType === 'Lambda' || n.nodeType === 'ClassDef') return;
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && 'nodeType' in item) visit(item as ast.Node);
      } else if (value && typeof value === 'object' && 'nodeType' in value) {
        visit(value as ast.Node);
      }
    }
  };
  visit(node);
  return found;
}

interface NameFacts {
  /** Binding sites at module level, in order. */
  sites: { stmt: ast.Stmt; index: number; topLevel: boolean }[];
  readByFunction: boolean;
  writtenByFunction: boolean;
  /** The first module-level statement that reads the name (outside function bodies). */
  firstUse: number;
}

export function scanModule(name: string, source: SourceFile, tree: ast.Module, isRuntimeLibrary = false): PyModule {
  const module = new PyModule(name, source, tree, isRuntimeLibrary);
  const facts = new Map<string, NameFacts>();
  const factsOf = (n: string): NameFacts => {
    let f = facts.get(n);
    if (!f) {
      f = { sites: [], readByFunction: false, writtenByFunction: false, firstUse: Infinity };
      facts.set(n, f);
    }
    return f;
  };

  tree.body.forEach((stmt, index) => {
    walkScope([stmt], (bound) => factsOf(bound).sites.push({ stmt, index, topLevel: isTopLevelBinding(stmt, bound) }), (used) => {
      const f = factsOf(used);
      f.firstUse = Math.min(f.firstUse, index);
    });
  });
  collectFunctions(module, tree.body, '', new Set(), factsOf, null);

  const firstCodeRun = tree.body.findIndex(mayRunCode);
  const runsCodeBefore = (index: number): boolean => firstCodeRun !== -1 && firstCodeRun < index;

  for (const [n, f] of facts) {
    if (f.sites.length === 0 && !f.writtenByFunction) continue; // a builtin, or undefined
    module.bindings.set(n, classify(module, n, f, runsCodeBefore));
  }
  resolveBases(module);
  findAssignedClassAttributes(module);
  return module;
}

function isTopLevelBinding(stmt: ast.Stmt, name: string): boolean {
  switch (stmt.nodeType) {
    case 'FunctionDef':
    case 'ClassDef':
      return stmt.name === name;
    case 'Assign':
      return stmt.targets.length === 1 && stmt.targets[0]!.nodeType === 'Name' && stmt.targets[0]!.id === name;
    case 'AnnAssign':
      return stmt.target.nodeType === 'Name' && stmt.target.id === name && stmt.value !== null;
    case 'Import':
    case 'ImportFrom':
      return true;
    default:
      return false;
  }
}

function classify(
  module: PyModule,
  name: string,
  facts: NameFacts,
  runsCodeBefore: (index: number) => boolean,
): ModuleBinding {
  const only = facts.sites.length === 1 && !facts.writtenByFunction ? facts.sites[0]! : null;
  if (only && only.topLevel) {
    const stmt = only.stmt;
    if (stmt.nodeType === 'FunctionDef' && stmt.decorator_list.length === 0) {
      return { kind: 'function', func: module.functions.get(stmt)!, span: spanOfNode(stmt) };
    }
    if (stmt.nodeType === 'ClassDef' && stmt.decorator_list.length === 0 && module.classes.has(stmt)) {
      return { kind: 'class', cls: module.classes.get(stmt)!, span: spanOfNode(stmt) };
    }
    if (stmt.nodeType === 'Import' || stmt.nodeType === 'ImportFrom') {
      return { kind: 'constant', value: importedValue(module, stmt, name), span: spanOfNode(stmt) };
    }
    const value = stmt.nodeType === 'Assign' ? stmt.value : stmt.nodeType === 'AnnAssign' ? stmt.value : null;
    // Module code that reads the name before this statement would find it unbound (NameError).
    if (value && !runsCodeBefore(only.index) && facts.firstUse > only.index) {
      const literal = literalValue(value);
      if (literal.ok) {
        if (typeof literal.value === 'bigint' && (literal.value < -(2n ** 63n) || literal.value > 2n ** 63n - 1n)) {
          throw compileError(Diag.UnsupportedOperation, `the integer ${literal.value} does not fit in 64 bits; Wyrm's ints are 64-bit`, module.source, spanOfNode(value));
        }
        return { kind: 'constant', value: literal.value, span: spanOfNode(stmt) };
      }
    }
  }
  if (facts.sites.length > 0) {
    for (const site of facts.sites) {
      if (site.stmt.nodeType === 'Import' || site.stmt.nodeType === 'ImportFrom') importedValue(module, site.stmt, name);
    }
  }
  if (facts.readByFunction || facts.writtenByFunction) {
    const first = facts.sites[0];
    const firstSpan = first ? spanOfNode(first.stmt) : { start: 0, length: 0 };
    const mayBeUnset = !first || !first.topLevel || runsCodeBefore(first.index);
    return { kind: 'variable', variable: new GlobalVariable(module, name, firstSpan, mayBeUnset) };
  }
  return { kind: 'modulelocal' };
}

/** The value an import statement binds to `name`: a supported module or one of its members. */
function importedValue(module: PyModule, stmt: ast.Import | ast.ImportFrom, name: string): unknown {
  if (stmt.nodeType === 'Import') {
    const alias = stmt.names.find((a) => (a.asname ?? a.name.split('.')[0]) === name)!;
    const mod = BUILTIN_MODULES.get(alias.name);
    if (!mod) throw unsupportedModule(module, alias, alias.name);
    return mod;
  }
  const alias = stmt.names.find((a) => (a.asname ?? a.name) === name)!;
  const intrinsics = stmt.module === '__wyrm__' && module.isRuntimeLibrary ? INTRINSICS : undefined;
  const mod = intrinsics ?? (stmt.module !== null && stmt.level === 0 ? BUILTIN_MODULES.get(stmt.module) : undefined);
  if (!mod) throw unsupportedModule(module, stmt, stmt.module ?? '.');
  if (!mod.members.has(alias.name)) {
    throw compileError(Diag.UnsupportedBuiltin, `module '${mod.name}' has no supported member '${alias.name}'`, module.source, spanOfNode(alias));
  }
  return mod.members.get(alias.name);
}

function unsupportedModule(module: PyModule, node: ast.Located, modName: string) {
  const supported = [...BUILTIN_MODULES.keys()].join(', ');
  return compileError(
    Diag.UnsupportedBuiltin,
    `module '${modName}' is not supported (supported modules: ${supported})`,
    module.source,
    spanOfNode(node),
  );
}

/**
 * Creates a PyFunction for every def and lambda, and records which module names functions
 * read or rebind. `enclosing` holds the locals of enclosing functions (free variables of
 * nested functions resolve there first, as Python's scoping rules say).
 */
function collectFunctions(
  module: PyModule,
  body: readonly ast.Node[],
  qualPrefix: string,
  enclosing: ReadonlySet<string>,
  factsOf: (n: string) => NameFacts,
  parent: PyFunction | null,
): void {
  const visit = (node: ast.Node): void => {
    if (node.nodeType === 'FunctionDef' || node.nodeType === 'Lambda') {
      const fname = node.nodeType === 'Lambda' ? '<lambda>' : node.name;
      const qualname = qualPrefix + fname;
      const defaults = new Map<string, unknown>();
      const func = new PyFunction(node, module, qualname, defaults);
      func.hidden = module.isRuntimeLibrary;
      func.parent = parent;
      module.functions.set(node, func);
      const scope = analyzeFunction(node);
      for (const n of scope.freeReads) {
        if (scope.declaredGlobal.has(n) || !enclosing.has(n)) factsOf(n).readByFunction = true;
      }
      for (const n of scope.declaredGlobal) {
        if (bindsName(node, n)) factsOf(n).writtenByFunction = true;
      }
      const inner = new Set([...enclosing].filter((n) => !scope.declaredGlobal.has(n)));
      for (const n of scope.locals) inner.add(n);
      const innerBody: ast.Node[] = node.nodeType === 'Lambda' ? [node.body] : node.body;
      collectFunctions(module, innerBody, `${qualname}.<locals>.`, inner, factsOf, func);
      // Defaults and decorators are evaluated in the enclosing scope.
      for (const d of [...node.args.defaults, ...node.args.kw_defaults]) if (d) visit(d);
      if (node.nodeType === 'FunctionDef') node.decorator_list.forEach(visit);
      return;
    }
    if (node.nodeType === 'GeneratorExp') {
      // Its first iterable belongs to this scope; the rest is a generator function's body.
      visit(node.generators[0]!.iter);
      visit(generatorExpressionDef(node));
      return;
    }
    if (node.nodeType === 'ClassDef') {
      node.bases.forEach(visit);
      node.decorator_list.forEach(visit);
      collectFunctions(module, node.body, `${qualPrefix}${node.name}.`, enclosing, factsOf, null);
      if (qualPrefix === '' && enclosing.size === 0) {
        const cls = new PyClass(node, module, node.name);
        module.classes.set(node, cls);
        scanClassBody(cls, (def) => module.functions.get(def)!);
      }
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && 'nodeType' in item) visit(item as ast.Node);
      } else if (value && typeof value === 'object' && 'nodeType' in value) {
        visit(value as ast.Node);
      }
    }
  };
  body.forEach(visit);
}

function bindsName(node: ast.FunctionDef | ast.Lambda, name: string): boolean {
  let binds = false;
  const body = node.nodeType === 'Lambda' ? [] : node.body;
  walkScope(body, (n) => {
    if (n === name) binds = true;
  }, () => {});
  return binds;
}
