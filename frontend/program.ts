// The objects a flow graph can hold as constants: Python functions, module variables, builtin
// functions and modules. They are what RPython's flow space gets from live host objects; Wyrm has
// no host Python, so the module scanner builds them from the AST instead.

import type * as ast from './ast.ts';
import type { SourceFile, Span } from './source.ts';

/** A function defined in the program (by `def` or `lambda`). */
export class PyFunction {
  readonly name: string;
  readonly qualname: string;
  readonly node: ast.FunctionDef | ast.Lambda;
  readonly module: PyModule;
  /** Constant default values, one per parameter that has a default, in order. */
  readonly defaults: ReadonlyMap<string, unknown>;
  /** The class whose body defines this function (a method), or null. */
  owner: PyClass | null = null;
  /** How the class body binds it: a plain method, a staticmethod, a classmethod, a property. */
  kind: 'function' | 'method' | 'staticmethod' | 'classmethod' | 'getter' | 'setter' = 'function';
  /** Support code of the runtime library: its frames are not shown in tracebacks. */
  hidden = false;
  /** Defaults that are not constants, by parameter name (set when the module's code is built). */
  readonly computedDefaults = new Map<string, ComputedDefault>();
  /** The function whose body defines this one (a nested function or lambda), or null. */
  parent: PyFunction | null = null;
  /**
   * For the body of a generator function (its generator's `__next__`, built from the same
   * def): the generator function. Null for every other function.
   */
  generatorOf: PyFunction | null = null;

  constructor(node: ast.FunctionDef | ast.Lambda, module: PyModule, qualname: string, defaults: Map<string, unknown>) {
    this.node = node;
    this.module = module;
    this.name = node.nodeType === 'Lambda' ? '<lambda>' : node.name;
    this.qualname = qualname;
    this.defaults = defaults;
  }

  get span(): Span {
    return { start: this.node.start, length: Math.min(this.node.length, this.headerLength()) };
  }

  private headerLength(): number {
    const text = this.module.source.text;
    const end = text.indexOf('\n', this.node.start);
    return (end < 0 ? text.length : end) - this.node.start;
  }

  /** Parameter names in order (positional-only and positional-or-keyword). */
  get paramNames(): string[] {
    const args = this.node.args;
    return [...args.posonlyargs, ...args.args].map((a) => a.arg);
  }
}

/**
 * A module-level name that functions read or rebind at run time (its value is not a constant).
 * `mayBeUnset` is true when some function could run before its first assignment.
 */
export class GlobalVariable {
  readonly module: PyModule;
  readonly name: string;
  readonly firstAssignment: Span;
  mayBeUnset: boolean;

  constructor(module: PyModule, name: string, firstAssignment: Span, mayBeUnset: boolean) {
    this.module = module;
    this.name = name;
    this.firstAssignment = firstAssignment;
    this.mayBeUnset = mayBeUnset;
  }
}

/**
 * The default of a parameter that is not a constant (`def f(x, memo={})`): Python evaluates it
 * once, when the def runs, and every call that omits the argument shares that object. The
 * module's code stores it in this hidden global when it runs the def (or the class statement of
 * a method); calls read it from there.
 */
export class ComputedDefault {
  readonly variable: GlobalVariable;
  constructor(variable: GlobalVariable) {
    this.variable = variable;
  }
}

/** A builtin function or a function of a supported module (`len`, `math.sqrt`). */
export class Builtin {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/** A value of a supported module that exists only at run time (`sys.argv`). */
export class RuntimeValue {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/** A builtin exception class (`ValueError`), usable in raise and except. */
export class BuiltinExceptionClass {
  readonly name: string;
  readonly base: BuiltinExceptionClass | null;
  constructor(name: string, base: BuiltinExceptionClass | null) {
    this.name = name;
    this.base = base;
  }

  isSubclassOf(other: BuiltinExceptionClass): boolean {
    for (let c: BuiltinExceptionClass | null = this; c; c = c.base) if (c === other) return true;
    return false;
  }
}

/** A supported module (`math`, `sys`): its members are constants, builtins or run-time values. */
export class BuiltinModule {
  readonly name: string;
  readonly members: ReadonlyMap<string, unknown>;
  constructor(name: string, members: Map<string, unknown>) {
    this.name = name;
    this.members = members;
  }
}

/** A class defined in the program. */
export class PyClass {
  readonly name: string;
  readonly qualname: string;
  readonly node: ast.ClassDef;
  readonly module: PyModule;
  /** Base classes in order: program classes, builtin exception classes; empty for `object`. */
  bases: (PyClass | BuiltinExceptionClass)[] = [];
  readonly methods = new Map<string, PyFunction>();
  readonly staticMethods = new Map<string, PyFunction>();
  readonly classMethods = new Map<string, PyFunction>();
  readonly properties = new Map<string, { getter: PyFunction | null; setter: PyFunction | null }>();
  /** Attributes the class body binds to a literal: `count = 0`. */
  readonly classAttributes = new Map<string, { value: unknown; span: Span }>();
  /**
   * Class attributes the program assigns through the class (`C.count += 1`), each kept in a
   * hidden module global (frontend/flow/classattrs.ts) instead of being a constant.
   */
  readonly assignedAttributes = new Map<string, GlobalVariable>();
  /** The names of `__slots__`, when the class body declares them (null: it does not). */
  slots: ReadonlySet<string> | null = null;

  /** A class Wyrm made (the closure of a nested function), not one the program defines. */
  readonly synthetic: boolean;
  /** For the class of a generator function's generators: that function. */
  generatorOf: PyFunction | null = null;

  constructor(node: ast.ClassDef, module: PyModule, qualname: string, synthetic = false) {
    this.node = node;
    this.name = node.name;
    this.module = module;
    this.qualname = qualname;
    this.synthetic = synthetic;
  }

  get span(): Span {
    const text = this.module.source.text;
    const end = text.indexOf('\n', this.node.start);
    return { start: this.node.start, length: (end < 0 ? text.length : end) - this.node.start };
  }
}

/** How a module-level name is bound. */
export type ModuleBinding =
  | { kind: 'constant'; value: unknown; span: Span }
  | { kind: 'function'; func: PyFunction; span: Span }
  | { kind: 'class'; cls: PyClass; span: Span }
  | { kind: 'variable'; variable: GlobalVariable }
  /** Assigned only by module-level code and never read by a function: a local of `<module>`. */
  | { kind: 'modulelocal' };

export class PyModule {
  readonly name: string;
  readonly source: SourceFile;
  readonly ast: ast.Module;
  readonly bindings = new Map<string, ModuleBinding>();
  /** Every function defined in the module, including nested ones and lambdas, by AST node. */
  readonly functions = new Map<ast.FunctionDef | ast.Lambda, PyFunction>();
  /** Every class defined at module level, by AST node. */
  readonly classes = new Map<ast.ClassDef, PyClass>();
  /** A module of the runtime library (runtime/lib): it may use intrinsics, its frames are hidden. */
  isRuntimeLibrary = false;

  constructor(name: string, source: SourceFile, tree: ast.Module, isRuntimeLibrary = false) {
    this.name = name;
    this.source = source;
    this.ast = tree;
    this.isRuntimeLibrary = isRuntimeLibrary;
  }
}
