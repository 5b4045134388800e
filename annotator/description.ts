// Descriptions of the program's prebuilt objects, as RPython's description.py: a FunctionDesc
// stands for one Python function and owns its graphs, one per specialization. A call binds its
// arguments to the parameters (keywords, defaults), then picks the graph whose input types the
// arguments unify with, or builds a new specialization when they do not (f(1) and f("a")).

import type * as ast from '../frontend/ast.ts';
import type { CallShape } from '../frontend/callshape.ts';
import type { FunctionGraph } from '../frontend/flowmodel.ts';
import { buildFunctionGraph, hasClosureParameter } from '../frontend/flow/buildgraph.ts';
import { CLOSURE_PARAM } from '../frontend/flow/closures.ts';
import { literalValue } from '../frontend/flow/literals.ts';
import type { PyFunction } from '../frontend/program.ts';
import { SomePBC, SomeTuple, s_ImpossibleValue, type SomeValue } from './model.ts';
import { compatible } from './union.ts';
import { compileError } from '../diagnostics/diagnostic.ts';
import { Diag } from '../diagnostics/catalog.ts';

export abstract class Desc {
  abstract readonly displayName: string;
  /** The program object this describes. */
  abstract readonly pyobj: unknown;
  /** Whether values of this desc carry run-time data (a closure's environment). */
  get hasEnvironment(): boolean {
    return false;
  }
}

const MAX_SPECIALIZATIONS = 16;

/** A call that does not fit the function's signature, as Python's TypeError would say it. */
export class CallBindingError extends Error {}

/** The default way of packing *args: none (a caller that supports *args passes its own). */
function packExtraArguments<T>(): T {
  throw new Error('*args packing is not supported at this call');
}

export class FunctionDesc extends Desc {
  readonly func: PyFunction;
  readonly graphs: FunctionGraph[] = [];
  private readonly constantOf: (value: unknown) => SomeValue;

  constructor(func: PyFunction, constantOf: (value: unknown) => SomeValue) {
    super();
    this.func = func;
    this.constantOf = constantOf;
  }

  get displayName(): string {
    return this.func.qualname;
  }

  get pyobj(): unknown {
    return this.func;
  }

  /** A closure: each value of it is made at run time with its own environment. */
  override get hasEnvironment(): boolean {
    return hasClosureParameter(this.func);
  }

  /** The constant value of a parameter's default. */
  defaultValue(expr: ast.Expr, name: string): unknown {
    const computed = this.func.computedDefaults.get(name);
    if (computed) return computed;
    const literal = literalValue(expr);
    if (literal.ok) return literal.value;
    if (expr.nodeType === 'Name') {
      const binding = this.func.module.bindings.get(expr.id);
      if (binding?.kind === 'constant') return binding.value;
    }
    // Only defaults of nested functions get here: those of module-level functions and methods
    // are evaluated by the module's code (frontend/flow/defaults.ts).
    throw new CallBindingError(`the default value of parameter '${name}' of the nested function ${this.func.qualname}() must be a constant (a literal or a module constant)`);
  }

  /** The annotation of each parameter for a call with `args` (positional first, then keywords). */
  bindArguments(shape: CallShape | null, args: readonly SomeValue[]): SomeValue[] {
    return this.bind(shape, args, (value) => this.constantOf(value), (items) => new SomeTuple(items.map((s) => s.withoutConstant())));
  }

  /**
   * Matches a call's arguments (positional first, then keywords in the shape's order) to the
   * parameters, filling defaults with `fromDefault`; throws CallBindingError as TypeError would.
   */
  bind<T>(shape: CallShape | null, args: readonly T[], fromDefault: (value: unknown) => T, packExtra: (items: T[]) => T = packExtraArguments): T[] {
    // A generator's body (its `__next__`) takes only the generator.
    if (this.func.generatorOf) {
      if (args.length !== 1 || (shape && shape.keywords.length > 0)) throw new CallBindingError(`${this.func.name}.__next__() takes no arguments`);
      return [args[0]!];
    }
    const node = this.func.node.args;
    if (node.kwarg) throw compileError(Diag.Unsupported, 'a **kwargs parameter is not supported by Wyrm', this.func.module.source, { start: node.kwarg.start, length: node.kwarg.length });
    // A closure's function receives the closure first, as a hidden positional-only parameter.
    const hidden = hasClosureParameter(this.func) ? 1 : 0;
    const closureParam = { arg: CLOSURE_PARAM };
    const posonly = hidden ? [closureParam, ...node.posonlyargs] : node.posonlyargs;
    const positionalParams = [...posonly, ...node.args];
    // The *args parameter (a tuple of the extra positional arguments) comes after them.
    const star = node.vararg ? [node.vararg] : [];
    const allParams = [...positionalParams, ...star, ...node.kwonlyargs];
    const firstKeywordOnly = positionalParams.length + star.length;
    const name = `${this.func.qualname}()`;
    const positionalCount = shape ? shape.positional : args.length;
    const bound: (T | undefined)[] = new Array(allParams.length).fill(undefined);
    for (let i = 0; i < Math.min(positionalCount, positionalParams.length); i++) bound[i] = args[i];
    if (node.vararg) bound[positionalParams.length] = packExtra(args.slice(positionalParams.length, Math.max(positionalCount, positionalParams.length)));
    (shape?.keywords ?? []).forEach((keyword, k) => {
      const index = allParams.findIndex((p) => p.arg === keyword);
      if (node.vararg && index === positionalParams.length) {
        throw new CallBindingError(`${name} got an unexpected keyword argument '${keyword}'`);
      }
      if (index >= hidden && index < posonly.length) {
        throw new CallBindingError(`${name} got some positional-only arguments passed as keyword arguments: '${keyword}'`);
      }
      if (index < 0 || index < posonly.length) {
        throw new CallBindingError(`${name} got an unexpected keyword argument '${keyword}'`);
      }
      if (bound[index] !== undefined) throw new CallBindingError(`${name} got multiple values for argument '${keyword}'`);
      bound[index] = args[positionalCount + k];
    });
    // CPython checks the keywords first, then the number of positional arguments.
    if (positionalCount > positionalParams.length && !node.vararg) {
      const most = positionalParams.length - hidden;
      const least = most - node.defaults.length;
      const given = positionalCount - hidden;
      const takes = least === most ? `${most}` : `from ${least} to ${most}`;
      const keywordOnly = allParams.slice(firstKeywordOnly).filter((_, i) => bound[firstKeywordOnly + i] !== undefined).length;
      const also = keywordOnly > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${keywordOnly} keyword-only argument${keywordOnly === 1 ? '' : 's'})` : '';
      throw new CallBindingError(
        `${name} takes ${takes} positional argument${most === 1 && least === most ? '' : 's'} but ${given}${also} ${given === 1 && keywordOnly === 0 ? 'was' : 'were'} given`,
      );
    }
    const firstDefault = positionalParams.length - node.defaults.length;
    const missingPositional: string[] = [];
    const missingKeywordOnly: string[] = [];
    allParams.forEach((param, i) => {
      if (bound[i] !== undefined) return;
      if (i < positionalParams.length && i >= firstDefault) {
        bound[i] = fromDefault(this.defaultValue(node.defaults[i - firstDefault]!, param.arg));
      } else if (i >= firstKeywordOnly && node.kw_defaults[i - firstKeywordOnly]) {
        bound[i] = fromDefault(this.defaultValue(node.kw_defaults[i - firstKeywordOnly]!, param.arg));
      } else {
        (i < positionalParams.length ? missingPositional : missingKeywordOnly).push(param.arg);
      }
    });
    // CPython reports the missing positional arguments first, and only them if there are any.
    const [missing, kind] = missingPositional.length > 0 ? [missingPositional, 'positional'] : [missingKeywordOnly, 'keyword-only'];
    if (missing.length > 0) {
      const names = missing.map((m) => `'${m}'`);
      const list = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
      throw new CallBindingError(`${name} missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    return bound as T[];
  }

  /** The graph these parameter annotations unify with, or a new specialization for them. */
  graphFor(cells: readonly SomeValue[]): FunctionGraph {
    // Methods are not specialized: their implementations share one signature per call family.
    if (this.func.owner !== null && this.graphs.length > 0) return this.graphs[0]!;
    for (const graph of this.graphs) {
      const inputs = graph.startblock.inputargs.map((v) => (v.annotation as SomeValue | null) ?? s_ImpossibleValue);
      if (inputs.every((s, i) => compatible(s, cells[i]!) && !otherConstantCallable(s, cells[i]!))) return graph;
    }
    // Past a few specializations, unify with the first one (its conflicts are then reported).
    if (this.graphs.length >= MAX_SPECIALIZATIONS) return this.graphs[0]!;
    const graph = buildFunctionGraph(this.func);
    if (this.graphs.length > 0) graph.name = `${this.func.qualname}[${cells.map(String).join(', ')}]`;
    this.graphs.push(graph);
    return graph;
  }
}

/**
 * Whether a parameter that so far received one known function (or class) now receives another:
 * the callee then specializes per callable, as RPython's specialize:arg does, so that each copy
 * calls its callable directly and may return its own type (sorted(xs, key=len) beside
 * sorted(ys, key=str.lower)). A set of callables that are not constants still unifies.
 */
function otherConstantCallable(seen: SomeValue, incoming: SomeValue): boolean {
  return seen instanceof SomePBC && incoming instanceof SomePBC && seen.isConstant && incoming.isConstant && seen.constValue !== incoming.constValue;
}
