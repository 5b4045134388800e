// The state of building one graph from one function (or the module's top-level code): the
// block machinery, the scope that decides where each name lives, the enclosing loops, and
// name resolution (local, module variable, module constant, builtin).

import type * as ast from '../ast.ts';
import { Constant, FunctionGraph, type Hlvalue } from '../flowmodel.ts';
import type { PyFunction, PyModule } from '../program.ts';
import type { Span } from '../source.ts';
import { lookupBuiltin, builtinNames, BUILTIN_EXCEPTIONS } from '../builtins.ts';
import { compileError, type CompileError, type Note } from '../../diagnostics/diagnostic.ts';
import { Diag, type DiagnosticKind } from '../../diagnostics/catalog.ts';
import { closestName } from '../../diagnostics/suggest.ts';
import { GraphBuilder, Join, isConstantValue, type Env } from './builder.ts';
import { emitDeclare, scopeDeclarations, type ScopeDeclarations } from './declarations.ts';
import type { GeneratorBody } from './generators.ts';
import { CELLS_LOCAL, CLOSURE_PARAM, boundFlag, capturedLocals, cellsAttribute, closureInfo, type CapturedLocals, type ClosureInfo, type FreeVariable } from './closures.ts';

export interface LoopTargets {
  breakJoin: Join;
  continueJoin: Join;
  /** How many `finally` blocks were open when the loop started (break/continue run the rest). */
  finallyDepth: number;
}

/** Where exceptions raised inside a try body go: a join entered with `.etype` and `.evalue`. */
export interface ExceptionTarget {
  join: Join;
}

/** A `finally` body that return, break and continue must run on their way out. */
export interface FinallyBody {
  body: readonly ast.Stmt[];
  /** How many exception targets were open outside this try statement. */
  exceptionDepth: number;
}

/** Operations that never raise: they need no exception exit inside a try body. */
const NEVER_RAISE = new Set(['newtuple', 'newslice', 'is_', 'bool_not', 'type', 'exc_match', 'newclosure', 'declare']);

export const EXC_TYPE = '.etype';
export const EXC_VALUE = '.evalue';

const BASE_EXCEPTION = BUILTIN_EXCEPTIONS.get('BaseException')!;

export function spanOf(node: ast.Located): Span {
  return { start: node.start, length: node.length };
}

export class FlowContext {
  readonly module: PyModule;
  readonly func: PyFunction | null;
  readonly builder: GraphBuilder;
  /** Names that are locals of this graph. */
  readonly locals: ReadonlySet<string>;
  /** Names declared `global` in this function. */
  readonly declaredGlobal: ReadonlySet<string>;
  readonly loops: LoopTargets[] = [];
  readonly exceptionTargets: ExceptionTarget[] = [];
  readonly finallyBodies: FinallyBody[] = [];
  /** Hidden locals holding the exceptions being handled (for a bare `raise`). */
  readonly handledExceptions: string[] = [];
  private temporaries = 0;

  constructor(module: PyModule, func: PyFunction | null, graph: FunctionGraph, env: Env, locals: ReadonlySet<string>, declaredGlobal: ReadonlySet<string>) {
    this.module = module;
    this.func = func;
    this.builder = new GraphBuilder(graph, env);
    this.locals = locals;
    this.declaredGlobal = declaredGlobal;
    // A generator's body shares the scope of its generator function.
    this.scopeFunc = func?.generatorOf ?? func;
    this.closure = this.scopeFunc && this.scopeFunc.parent ? closureInfo(this.scopeFunc) : null;
    this.captured = this.scopeFunc ? capturedLocals(this.scopeFunc) : null;
    this.declarations = scopeDeclarations(module, this.scopeFunc);
  }

  /** The annotations of this scope: stores into annotated names are checked against them. */
  readonly declarations: ScopeDeclarations;

  /** The function whose scope this graph's code runs in (a generator's body: the generator function). */
  readonly scopeFunc: PyFunction | null;
  /** Set while building a generator's body: its resume points. */
  generator: GeneratorBody | null = null;

  get graph(): FunctionGraph {
    return this.builder.graph;
  }

  /**
   * Appends an operation. Inside a try body, an operation that can raise ends its block with
   * an exception exit to the try's handlers, and the result continues in a new block.
   */
  emit(opname: string, args: Hlvalue[], node: ast.Located | Span | null, nameHint?: string, argSpans: (Span | null)[] | null = null): Hlvalue {
    return this.guard(opname, this.emitUnguarded(opname, args, node, nameHint, argSpans), node);
  }

  /** After emitUnguarded(): inside a try body, the exception exit emit() gives the operation. */
  guard(opname: string, result: Hlvalue, node: ast.Located | Span | null): Hlvalue {
    const target = this.exceptionTargets[this.exceptionTargets.length - 1];
    if (!target || NEVER_RAISE.has(opname)) return result;
    const span = node === null ? null : { start: node.start, length: node.length };
    const resultName = this.temporary('result');
    this.builder.assign(resultName, result);
    const { normal, handlers } = this.builder.raisingExits([BASE_EXCEPTION], span);
    this.builder.resume(handlers[0]!.state);
    this.builder.assign(EXC_TYPE, handlers[0]!.excType);
    this.builder.assign(EXC_VALUE, handlers[0]!.excValue);
    this.builder.jump(target.join, span);
    this.builder.resume(normal!);
    const value = this.builder.lookup(resultName)!.value;
    this.builder.unassign(resultName);
    return value;
  }

  /** Appends an operation without an exception exit (the caller adds its own exits). */
  emitUnguarded(opname: string, args: Hlvalue[], node: ast.Located | Span | null, nameHint?: string, argSpans: (Span | null)[] | null = null): Hlvalue {
    const span = node === null ? null : { start: node.start, length: node.length };
    return this.builder.emit(opname, args, span, nameHint, argSpans);
  }

  /** A name for a hidden local (a loop's iterator), never clashing with Python names. */
  temporary(kind: string): string {
    return `.${kind}${this.temporaries++}`;
  }

  error(kind: DiagnosticKind, message: string, node: ast.Located | Span, notes: Note[] = []): CompileError {
    return compileError(kind, message, this.module.source, { start: node.start, length: node.length }, notes);
  }

  unsupported(what: string, node: ast.Located, alternative?: string): CompileError {
    const hint = alternative ? `; ${alternative}` : '';
    return this.error(Diag.Unsupported, `${what} is not supported by Wyrm${hint}`, node);
  }

  /** Where this function finds the variables of enclosing functions it uses (null: none). */
  readonly closure: ClosureInfo | null;
  /** Which of this function's locals nested functions capture, and how. */
  readonly captured: CapturedLocals | null;

  /** Generator expressions whose consumer reads them completely first: built as lists. */
  readonly eagerGenerators = new Set<ast.Node>();
  /** Calls whose result a `for` loop only iterates (SpaceOperation.resultOnlyIterated). */
  readonly onlyIterated = new Set<ast.Node>();

  /** Comprehension scopes, innermost last: each maps a comprehension variable to a hidden local. */
  private readonly comprehensionScopes: Map<string, string>[] = [];

  /** Starts a comprehension's scope: its variables shadow the enclosing ones until it ends. */
  pushComprehensionScope(names: Iterable<string>): void {
    const scope = new Map<string, string>();
    for (const name of names) scope.set(name, this.temporary(`comp_${name}_`));
    this.comprehensionScopes.push(scope);
  }

  popComprehensionScope(): void {
    const scope = this.comprehensionScopes.pop()!;
    if (this.builder.reachable) for (const hidden of scope.values()) this.builder.unassign(hidden);
  }

  /** The environment name of a local: its hidden name inside a comprehension that binds it. */
  envName(name: string): string {
    for (let i = this.comprehensionScopes.length - 1; i >= 0; i--) {
      const hidden = this.comprehensionScopes[i]!.get(name);
      if (hidden !== undefined) return hidden;
    }
    return name;
  }

  isLocal(name: string): boolean {
    // Hidden temporaries (their names start with a dot) are always locals.
    return name.startsWith('.') || this.envName(name) !== name || this.locals.has(name);
  }

  /** The value of `name` read at `node`. */
  loadName(name: string, node: ast.Located): Hlvalue {
    if (this.isCellVariable(name)) return this.loadCell(name, this.scopeFunc!, node);
    if (this.isLocal(name)) return this.loadLocal(name, node);
    const free = this.closure?.free.get(name);
    if (free) return this.loadFree(name, free, node);
    if (name === '__name__' && !this.module.bindings.has(name)) return new Constant(this.module.name);
    const binding = this.module.bindings.get(name);
    if (binding) {
      switch (binding.kind) {
        case 'constant':
          return new Constant(binding.value);
        case 'function':
          return new Constant(binding.func);
        case 'class':
          return new Constant(binding.cls);
        case 'variable':
          return this.emit('getglobal', [new Constant(binding.variable)], node, name);
        case 'modulelocal':
          // Only module-level code binds it, and this graph is not the module's.
          throw this.undefinedName(name, node);
      }
    }
    const builtin = lookupBuiltin(name);
    if (builtin !== undefined) return new Constant(builtin);
    throw this.undefinedName(name, node);
  }

  private loadLocal(pythonName: string, node: ast.Located): Hlvalue {
    const name = this.envName(pythonName);
    const binding = this.builder.lookup(name);
    if (!binding) {
      // Unassigned on every path here: CPython raises UnboundLocalError (or NameError at
      // module level) when this runs; keep that behaviour.
      this.emit('check_bound', [new Constant(false), new Constant(pythonName)], node);
      return new Constant(null);
    }
    if (!isConstantValue(binding.defined, true)) {
      this.emit('check_bound', [binding.defined, new Constant(pythonName)], node);
      this.builder.markDefined(name);
    }
    return binding.value;
  }

  undefinedName(name: string, node: ast.Located): CompileError {
    const candidates = [...this.locals, ...this.module.bindings.keys(), ...builtinNames()];
    const suggestion = closestName(name, candidates);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
    return this.error(Diag.UndefinedName, `name '${name}' is not defined${hint}`, node);
  }

  /** Binds `name`; `valueNode` is the expression that computed the value (for messages). */
  storeName(name: string, value: Hlvalue, node: ast.Located, valueNode: ast.Located | null = null): void {
    const declaration = this.declarations.forStore(this, name);
    if (declaration) value = emitDeclare(this, declaration, value, valueNode ?? node, name);
    if (this.isCellVariable(name)) {
      const cells = this.cellsOf(this.scopeFunc!, node);
      this.emit('setattr', [cells, new Constant(name), value], node);
      this.emit('setattr', [cells, new Constant(boundFlag(name)), new Constant(true)], node);
      // The environment keeps only whether the name is bound, for reads in this function.
      this.builder.assign(name, new Constant(true));
      return;
    }
    const free = this.closure?.free.get(name);
    if (free && !this.isLocal(name)) {
      if (free.kind !== 'cell') throw this.error(Diag.Unsupported, `cannot assign to '${name}' of an enclosing function here`, node);
      const cells = this.cellsOf(free.owner, node);
      this.emit('setattr', [cells, new Constant(name), value], node);
      this.emit('setattr', [cells, new Constant(boundFlag(name)), new Constant(true)], node);
      return;
    }
    if (this.isLocal(name)) {
      const origin = valueNode ?? node;
      this.builder.assign(this.envName(name), value, { start: origin.start, length: origin.length });
      return;
    }
    const binding = this.module.bindings.get(name);
    if (binding?.kind === 'variable') {
      this.emit('setglobal', [new Constant(binding.variable), value], node);
      return;
    }
    if (binding?.kind === 'constant' || binding?.kind === 'function' || binding?.kind === 'class') {
      // The single binding of a module constant: its value is already folded into every use.
      return;
    }
    throw this.error(Diag.UndefinedName, `cannot assign to '${name}' here`, node);
  }

  /** Whether `name` is a local of this function kept in its cells (nested functions use it). */
  private isCellVariable(name: string): boolean {
    return this.captured !== null && this.captured.cells.has(name) && this.envName(name) === name;
  }

  /** The cells object of `owner` (this function's own, or the one its closure references). */
  cellsOf(owner: PyFunction, node: ast.Located): Hlvalue {
    if (owner === this.scopeFunc) return this.builder.lookup(CELLS_LOCAL)!.value;
    return this.emit('getattr', [this.closureSelf(), new Constant(cellsAttribute(owner))], node);
  }

  /** This function's closure (its hidden first parameter). */
  closureSelf(): Hlvalue {
    return this.builder.lookup(CLOSURE_PARAM)!.value;
  }

  /** A read of a variable kept in the cells of `owner`, checking that it is bound. */
  private loadCell(name: string, owner: PyFunction, node: ast.Located): Hlvalue {
    const cells = this.cellsOf(owner, node);
    const binding = owner === this.scopeFunc ? this.builder.lookup(name) : undefined;
    if (owner !== this.scopeFunc || !binding || !isConstantValue(binding.defined, true)) {
      // Bound or not is known here only for this function's own assignments; a nested
      // function may bind it too (nonlocal), so the cells' flag decides.
      const bound = this.emit('getattr', [cells, new Constant(boundFlag(name))], node);
      const free = owner === this.scopeFunc ? [] : [new Constant('free')];
      this.emit('check_bound', [bound, new Constant(name), ...free], node);
    }
    return this.emit('getattr', [cells, new Constant(name)], node, name);
  }

  private loadFree(name: string, free: FreeVariable, node: ast.Located): Hlvalue {
    switch (free.kind) {
      case 'copy':
        return this.emit('getattr', [this.closureSelf(), new Constant(name)], node, name);
      case 'self':
        return this.closure?.closureClass ? this.closureSelf() : new Constant(this.scopeFunc);
      case 'constant':
        return new Constant(free.func);
      case 'cell':
        return this.loadCell(name, free.owner, node);
    }
  }
}
