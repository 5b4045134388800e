// Descriptions of the program's prebuilt objects, as RPython's description.py: a FunctionDesc
// stands for one Python function and owns its graphs, one per specialization. A call binds its
// arguments to the parameters (keywords, defaults), then picks the graph whose input types the
// arguments unify with, or builds a new specialization when they do not (f(1) and f("a")).

import type * as ast from '../frontend/ast.ts';
import type { CallShape } from '../frontend/callshape.ts';
import type { FunctionGraph } from '../frontend/flowmodel.ts';
import { buildFunctionGraph } from '../frontend/flow/buildgraph.ts';
import { literalValue } from '../frontend/flow/literals.ts';
import type { PyFunction } from '../frontend/program.ts';
import { s_ImpossibleValue, type SomeValue } from './model.ts';
import { compatible } from './union.ts';
import { compileError } from '../diagnostics/diagnostic.ts';
import { Diag } from '../diagnostics/catalog.ts';

export abstract class Desc {
  abstract readonly displayName: string;
  /** The program object this describes. */
  abstract readonly pyobj: unknown;
}

const MAX_SPECIALIZATIONS = 16;

/** A call that does not fit the function's signature, as Python's TypeError would say it. */
export class CallBindingError extends Error {}

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

  /** The constant value of a parameter's default. */
  defaultValue(expr: ast.Expr, name: string): unknown {
    const literal = literalValue(expr);
    if (literal.ok) return literal.value;
    if (expr.nodeType === 'Name') {
      const binding = this.func.module.bindings.get(expr.id);
      if (binding?.kind === 'constant') return binding.value;
    }
    throw new CallBindingError(`the default value of parameter '${name}' of ${this.func.qualname}() must be a constant (a literal or a module constant)`);
  }

  /** The annotation of each parameter for a call with `args` (positional first, then keywords). */
  bindArguments(shape: CallShape | null, args: readonly SomeValue[]): SomeValue[] {
    return this.bind(shape, args, (value) => this.constantOf(value));
  }

  /**
   * Matches a call's arguments (positional first, then keywords in the shape's order) to the
   * parameters, filling defaults with `fromDefault`; throws CallBindingError as TypeError would.
   */
  bind<T>(shape: CallShape | null, args: readonly T[], fromDefault: (value: unknown) => T): T[] {
    const node = this.func.node.args;
    for (const [param, what] of [[node.vararg, 'a *args parameter'], [node.kwarg, 'a **kwargs parameter']] as const) {
      if (param) throw compileError(Diag.Unsupported, `${what} is not supported by Wyrm`, this.func.module.source, { start: param.start, length: param.length });
    }
    const positionalParams = [...node.posonlyargs, ...node.args];
    const allParams = [...positionalParams, ...node.kwonlyargs];
    const name = `${this.func.name}()`;
    const positionalCount = shape ? shape.positional : args.length;
    const bound: (T | undefined)[] = new Array(allParams.length).fill(undefined);
    if (positionalCount > positionalParams.length) {
      const takes = positionalParams.length;
      throw new CallBindingError(
        `${name} takes ${takes} positional argument${takes === 1 ? '' : 's'} but ${positionalCount} ${positionalCount === 1 ? 'was' : 'were'} given`,
      );
    }
    for (let i = 0; i < positionalCount; i++) bound[i] = args[i];
    (shape?.keywords ?? []).forEach((keyword, k) => {
      const index = allParams.findIndex((p) => p.arg === keyword);
      if (index < 0 || index < node.posonlyargs.length) {
        throw new CallBindingError(`${name} got an unexpected keyword argument '${keyword}'`);
      }
      if (bound[index] !== undefined) throw new CallBindingError(`${name} got multiple values for argument '${keyword}'`);
      bound[index] = args[positionalCount + k];
    });
    const firstDefault = positionalParams.length - node.defaults.length;
    const missing: string[] = [];
    allParams.forEach((param, i) => {
      if (bound[i] !== undefined) return;
      if (i < positionalParams.length && i >= firstDefault) {
        bound[i] = fromDefault(this.defaultValue(node.defaults[i - firstDefault]!, param.arg));
      } else if (i >= positionalParams.length && node.kw_defaults[i - positionalParams.length]) {
        bound[i] = fromDefault(this.defaultValue(node.kw_defaults[i - positionalParams.length]!, param.arg));
      } else {
        missing.push(param.arg);
      }
    });
    if (missing.length > 0) {
      const names = missing.map((m) => `'${m}'`);
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
      throw new CallBindingError(`${name} missing ${missing.length} required argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    return bound as T[];
  }

  /** The graph these parameter annotations unify with, or a new specialization for them. */
  graphFor(cells: readonly SomeValue[]): FunctionGraph {
    // Methods are not specialized: their implementations share one signature per call family.
    if (this.func.owner !== null && this.graphs.length > 0) return this.graphs[0]!;
    for (const graph of this.graphs) {
      const inputs = graph.startblock.inputargs.map((v) => (v.annotation as SomeValue | null) ?? s_ImpossibleValue);
      if (inputs.every((s, i) => compatible(s, cells[i]!))) return graph;
    }
    // Past a few specializations, unify with the first one (its conflicts are then reported).
    if (this.graphs.length >= MAX_SPECIALIZATIONS) return this.graphs[0]!;
    const graph = buildFunctionGraph(this.func);
    if (this.graphs.length > 0) graph.name = `${this.func.qualname}[${cells.map(String).join(', ')}]`;
    this.graphs.push(graph);
    return graph;
  }
}
