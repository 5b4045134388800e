// The block-level machinery of the flow-graph builder: the open block, the environment of
// local variables, and joins where control-flow paths meet.
//
// Locals live in an environment mapping each name to its current value (a Variable or a
// Constant) and a definedness flag. A block sees only its own input variables, so every branch
// starts a block whose inputs are the environment's variables, and every join gets one input
// per name that differs between the paths meeting there. A name assigned on some paths only
// gets the UNDEFINED constant on the others and a flag input, so that a read checks the flag
// and raises UnboundLocalError as CPython would.

import { Block, Constant, FunctionGraph, LAST_EXCEPTION, Link, SpaceOperation, UNDEFINED, Variable, type Hlvalue } from '../flowmodel.ts';
import type { Span } from '../source.ts';

export interface Binding {
  value: Hlvalue;
  /** Constant(true) when surely assigned, Constant(false) when surely not, else a bool Variable. */
  defined: Hlvalue;
  /** The assignment that gave the value (for messages about conflicting types). */
  span?: Span | null;
}

export type Env = Map<string, Binding>;

export const C_TRUE = new Constant(true);
export const C_FALSE = new Constant(false);
export const C_NONE = new Constant(null);
export const C_UNDEFINED = new Constant(UNDEFINED);

export function isConstantValue(value: Hlvalue, expected: unknown): boolean {
  return value instanceof Constant && value.value === expected;
}

function sameValue(a: Hlvalue, b: Hlvalue): boolean {
  if (a === b) return true;
  return a instanceof Constant && b instanceof Constant && Object.is(a.value, b.value);
}

/** A place where paths meet: lazily materialized when the builder resumes there. */
export class Join {
  readonly pending: { block: Block; env: Env; span: Span | null }[] = [];
  /** Set for joins whose block exists before the paths into it are known (loop headers). */
  header: { block: Block; names: { name: string; value: Variable | null; flag: Variable | null; constant: Binding | null }[] } | null = null;
}

export class GraphBuilder {
  readonly graph: FunctionGraph;
  /** Variables carried into the block after a raising operation, and their new names there. */
  private readonly carried = new Map<Variable, Variable>();
  /** The block operations are appended to; null while the code being built is unreachable. */
  current: Block | null;
  env: Env;

  constructor(graph: FunctionGraph, env: Env) {
    this.graph = graph;
    this.current = graph.startblock;
    this.env = env;
  }

  get reachable(): boolean {
    return this.current !== null;
  }

  /** The operation emit() appended last. */
  lastOperation: SpaceOperation | null = null;

  emit(opname: string, args: Hlvalue[], span: Span | null, nameHint = 'v', argSpans: (Span | null)[] | null = null): Variable {
    if (!this.current) throw new Error(`emit(${opname}) in unreachable code`);
    const result = new Variable(nameHint);
    const op = new SpaceOperation(opname, args.map((a) => this.resolve(a)), result, span);
    op.argSpans = argSpans;
    this.current.operations.push(op);
    this.lastOperation = op;
    return result;
  }

  lookup(name: string): Binding | undefined {
    return this.env.get(name);
  }

  assign(name: string, value: Hlvalue, span: Span | null = null): void {
    this.env.set(name, { value: this.resolve(value), defined: C_TRUE, span });
  }

  unassign(name: string): void {
    this.env.delete(name);
  }

  /** Marks a local as surely assigned (after its flag has been checked). */
  markDefined(name: string): void {
    const binding = this.env.get(name);
    if (binding) this.env.set(name, { value: binding.value, defined: C_TRUE });
  }

  /**
   * Starts a fresh block holding the current environment: its input variables are fresh copies
   * of the environment's variables. Returns the block and the arguments a link into it carries.
   */
  private blockFor(env: Env): { block: Block; args: Hlvalue[]; env: Env } {
    const inputs: Variable[] = [];
    const args: Hlvalue[] = [];
    const renamed = new Map<Variable, Variable>();
    const rename = (value: Hlvalue): Hlvalue => {
      if (value instanceof Constant) return value;
      let copy = renamed.get(value);
      if (!copy) {
        copy = value.copy();
        renamed.set(value, copy);
        inputs.push(copy);
        args.push(value);
      }
      return copy;
    };
    const newEnv: Env = new Map();
    for (const [name, binding] of env) {
      newEnv.set(name, { value: rename(binding.value), defined: rename(binding.defined), span: binding.span ?? null });
    }
    return { block: new Block(inputs), args, env: newEnv };
  }

  /**
   * Ends the current block with a switch on `condition` (a bool value) and returns the states
   * that start the false and true paths.
   */
  branch(condition: Hlvalue, span: Span | null): { ifFalse: BranchState; ifTrue: BranchState } {
    const block = this.current!;
    condition = this.resolve(condition);
    const whenFalse = this.blockFor(this.env);
    const whenTrue = this.blockFor(this.env);
    block.exitswitch = condition;
    block.closeBlock(
      new Link(whenFalse.args, whenFalse.block, false, span),
      new Link(whenTrue.args, whenTrue.block, true, span),
    );
    this.current = null;
    return {
      ifFalse: { block: whenFalse.block, env: whenFalse.env },
      ifTrue: { block: whenTrue.block, env: whenTrue.env },
    };
  }

  /**
   * Ends the current block after its last operation, which can raise: a normal exit, and one
   * exit per exception class in `caught`, each starting a block that also receives the caught
   * exception's class and value.
   */
  /**
   * The variable that stands for `value` in the current block: a value computed before an
   * operation that ended its block (inside a try body) was carried into the next block under a
   * new variable (see raisingExits).
   */
  resolve<V extends Hlvalue>(value: V): V {
    let v: Hlvalue = value;
    while (v instanceof Variable && this.carried.has(v)) v = this.carried.get(v)!;
    return v as V;
  }

  /**
   * Ends the current block after its last operation, which can raise: a normal exit, and one
   * exit per exception class in `caught`, each starting a block that also receives the caught
   * exception's class and value. The normal exit carries every variable of the block, so the
   * expression being built can go on using the values it computed before the operation.
   */
  raisingExits(
    caught: readonly unknown[],
    span: Span | null,
    bindException = true,
    withNormalExit = true,
  ): { normal: BranchState | null; handlers: HandlerState[] } {
    const block = this.current!;
    const raised = block.operations[block.operations.length - 1]!.result;
    const normal = withNormalExit ? this.blockFor(this.env) : null;
    if (normal) {
      const passed = new Set(normal.args);
      const defined = [...block.inputargs, ...block.operations.map((op) => op.result)];
      for (const v of defined) {
        if (passed.has(v)) {
          const index = normal.args.indexOf(v);
          this.carried.set(v, normal.block.inputargs[index]!);
          continue;
        }
        const copy = v.copy();
        normal.block.inputargs.push(copy);
        normal.args.push(v);
        this.carried.set(v, copy);
      }
    }
    const withoutResult: Env = new Map([...this.env].filter(([, b]) => b.value !== raised && b.defined !== raised));
    const links = normal ? [new Link(normal.args, normal.block, null, span)] : [];
    const handlers: HandlerState[] = caught.map((cls) => {
      const start = this.blockFor(withoutResult);
      const excType = new Variable('etype');
      const excValue = new Variable('evalue');
      const typeInput = new Variable('etype');
      const valueInput = new Variable('evalue');
      if (bindException) start.block.inputargs.push(typeInput, valueInput);
      const args = bindException ? [...start.args, excType, excValue] : start.args;
      const link = new Link(args, start.block, cls, span);
      link.lastException = excType;
      link.lastExcValue = excValue;
      links.push(link);
      return { state: { block: start.block, env: start.env }, excType: typeInput, excValue: valueInput };
    });
    block.exitswitch = LAST_EXCEPTION;
    block.closeBlock(...links);
    this.current = null;
    return { normal: normal ? { block: normal.block, env: normal.env } : null, handlers };
  }

  resume(state: BranchState | null): void {
    this.current = state ? state.block : null;
    this.env = state ? state.env : new Map();
  }

  snapshot(): BranchState | null {
    return this.current ? { block: this.current, env: new Map(this.env) } : null;
  }

  /** Leaves the current path for `join` (a loop header or a join resumed later). */
  jump(join: Join, span: Span | null): void {
    const block = this.current;
    if (!block) return;
    if (join.header) {
      const args: Hlvalue[] = [];
      const argSpans: (Span | null)[] = [];
      for (const entry of join.header.names) {
        if (entry.constant) continue;
        const binding = this.env.get(entry.name);
        args.push(binding ? binding.value : C_UNDEFINED);
        argSpans.push(binding?.span ?? null);
        if (entry.flag) {
          args.push(binding ? binding.defined : C_FALSE);
          argSpans.push(null);
        }
      }
      const link = new Link(args, join.header.block, null, span);
      link.argSpans = argSpans;
      block.closeBlock(link);
    } else {
      join.pending.push({ block, env: new Map(this.env), span });
    }
    this.current = null;
  }

  /** Continues building where the paths that jumped to `join` meet. */
  enterJoin(join: Join): void {
    const incoming = join.pending;
    if (incoming.length === 0) {
      this.resume(null);
      return;
    }
    if (incoming.length === 1) {
      this.current = incoming[0]!.block;
      this.env = incoming[0]!.env;
      return;
    }
    const names = new Set<string>();
    for (const path of incoming) for (const name of path.env.keys()) names.add(name);
    const inputs: Variable[] = [];
    const argsPerPath: Hlvalue[][] = incoming.map(() => []);
    const spansPerPath: (Span | null)[][] = incoming.map(() => []);
    const env: Env = new Map();
    const mergeSlot = (values: Hlvalue[], hint: string, spans: (Span | null)[]): Hlvalue => {
      if (values.every((v) => sameValue(v, values[0]!))) return values[0]!;
      const v = new Variable(hint);
      inputs.push(v);
      values.forEach((value, i) => {
        argsPerPath[i]!.push(value);
        spansPerPath[i]!.push(spans[i] ?? null);
      });
      return v;
    };
    for (const name of names) {
      const bindings = incoming.map((path) => path.env.get(name));
      const flags = bindings.map((b) => (b ? b.defined : C_FALSE));
      if (flags.every((f) => isConstantValue(f, false))) continue;
      const spans = bindings.map((b) => b?.span ?? null);
      const value = mergeSlot(bindings.map((b) => (b ? b.value : C_UNDEFINED)), name, spans);
      const defined = mergeSlot(flags, `${name}?`, spans);
      env.set(name, { value, defined, span: null });
    }
    const block = new Block(inputs);
    incoming.forEach((path, i) => {
      const link = new Link(argsPerPath[i]!, block, null, path.span);
      link.argSpans = spansPerPath[i]!;
      path.block.closeBlock(link);
    });
    this.current = block;
    this.env = env;
  }

  /**
   * Starts a block that paths built later will jump to (a generator's resume point), holding
   * only `names`, each a fresh input; the current path, if any, is left as it is.
   */
  resumePoint(names: readonly string[]): Join {
    const join = new Join();
    const inputs = names.map((name) => new Variable(name));
    join.header = { block: new Block(inputs), names: names.map((name, i) => ({ name, value: inputs[i]!, flag: null, constant: null })) };
    this.current = join.header.block;
    this.env = new Map(names.map((name, i) => [name, { value: inputs[i]!, defined: C_TRUE }]));
    return join;
  }

  /**
   * Makes the current point a loop header: a block with an input for every name the loop may
   * change (`assigned`) or may delete (`deleted`), entered from the current path, and returns
   * the join that the loop's back edges jump to.
   */
  loopHeader(assigned: ReadonlySet<string>, deleted: ReadonlySet<string>, span: Span | null): Join {
    const join = new Join();
    const names = new Set([...this.env.keys(), ...assigned]);
    const inputs: Variable[] = [];
    const entries: NonNullable<Join['header']>['names'] = [];
    const env: Env = new Map();
    for (const name of names) {
      const binding = this.env.get(name);
      const changes = assigned.has(name) || deleted.has(name);
      if (binding && !changes && binding.value instanceof Constant && binding.defined instanceof Constant) {
        entries.push({ name, value: null, flag: null, constant: binding });
        env.set(name, binding);
        continue;
      }
      const value = new Variable(name);
      inputs.push(value);
      const surelyDefined = binding !== undefined && isConstantValue(binding.defined, true) && !deleted.has(name);
      let flag: Variable | null = null;
      if (!surelyDefined) {
        flag = new Variable(`${name}?`);
        inputs.push(flag);
      }
      entries.push({ name, value, flag, constant: null });
      env.set(name, { value, defined: flag ?? C_TRUE });
    }
    const block = new Block(inputs);
    join.header = { block, names: entries };
    this.jump(join, span);
    this.current = block;
    this.env = env;
    return join;
  }
}

export interface BranchState {
  block: Block;
  env: Env;
}

export interface HandlerState {
  state: BranchState;
  excType: Variable;
  excValue: Variable;
}
