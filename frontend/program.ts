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

/** How a module-level name is bound. */
export type ModuleBinding =
  | { kind: 'constant'; value: unknown; span: Span }
  | { kind: 'function'; func: PyFunction; span: Span }
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

  constructor(name: string, source: SourceFile, tree: ast.Module) {
    this.name = name;
    this.source = source;
    this.ast = tree;
  }
}
