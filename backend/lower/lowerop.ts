// What a lowering rule sees of one operation: its arguments as wasm expressions in the
// representation it asks for, the annotations and representations of its arguments and result,
// and ways to raise a Python exception inline or to call support code that may raise.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { SpaceOperation, Hlvalue } from '../../frontend/flowmodel.ts';
import type { SomeValue } from '../../annotator/model.ts';
import type { Repr } from '../repr/repr.ts';
import type { FunctionEmitter } from '../emit/function.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import type { ValueModel } from '../memory/valuemodel.ts';
import type { Support } from '../support/support.ts';
import { raiseException } from '../support/exceptions.ts';
import { STR_OR_NONE } from '../support/types.ts';
import type { FunctionGraph } from '../../frontend/flowmodel.ts';
import { callGraphKeepingStatus, keepingStatus } from '../emit/graphcall.ts';

export interface Temp {
  get(): Expr;
  set(value: Expr): Expr;
  tee(value: Expr): Expr;
}

export class LowerOp {
  readonly fn: FunctionEmitter;
  readonly op: SpaceOperation;
  /** The traceback site of this operation. */
  readonly site: number;
  private readonly raisedLabel: string;
  /** The rule's code raises inline (and branches to the raised label). */
  raisesInline = false;
  /** Calls of translated functions through callGraph (each stores its raised status). */
  private statusCalls = 0;
  /** Calls the rule makes otherwise that may leave an exception pending (user code it runs). */
  private otherCalls = false;
  /** The rule's code calls a translated function that may leave an exception pending. */
  get mayRaiseInCall(): boolean {
    return this.otherCalls || this.statusCalls > 0;
  }

  /** The rule's code runs user code (a method through a table, __str__...) that may raise. */
  callsUserCode(): void {
    this.otherCalls = true;
  }
  /** The rule's code calls support code that may raise (recording this operation's site). */
  mayRaiseInSupport = false;

  constructor(fn: FunctionEmitter, op: SpaceOperation, site: number, raisedLabel: string) {
    this.fn = fn;
    this.op = op;
    this.site = site;
    this.raisedLabel = raisedLabel;
  }

  get ctx(): ModuleContext {
    return this.fn.ctx;
  }
  get m(): binaryen.Module {
    return this.fn.ctx.module;
  }
  get model(): ValueModel {
    return this.fn.ctx.model;
  }
  get support(): Support {
    return this.fn.ctx.support;
  }
  get args(): readonly Hlvalue[] {
    return this.op.args;
  }
  get opname(): string {
    return this.op.opname;
  }

  annotation(i: number): SomeValue {
    return this.fn.annotation(this.op.args[i]!);
  }
  get resultAnnotation(): SomeValue {
    return this.fn.annotation(this.op.result);
  }
  repr(i: number): Repr {
    return this.fn.reprOf(this.op.args[i]!);
  }
  get resultRepr(): Repr {
    return this.fn.reprOf(this.op.result);
  }
  /** Argument i in its own representation. */
  arg(i: number): Expr {
    return this.fn.valueOf(this.op.args[i]!);
  }
  /** Argument i converted to `repr`. */
  argAs(i: number, repr: Repr): Expr {
    return this.fn.valueAs(this.op.args[i]!, repr);
  }
  /** Any value of the graph converted to `repr`. */
  valueAs(value: Hlvalue, repr: Repr): Expr {
    return this.fn.valueAs(value, repr);
  }
  constant(i: number): unknown {
    return this.annotation(i).constValue;
  }
  wasmType(repr: Repr): binaryen.Type {
    return this.model.valueType(repr.lltype);
  }

  /** Code that raises `className(message)` here and leaves the operation. */
  raise(className: string, message: string | null): Expr {
    this.raisesInline = true;
    const m = this.m;
    const text = message === null ? this.model.nullOf(STR_OR_NONE) : this.support.str(message);
    return m.block(null, [
      m.call(raiseException(this.support), [m.i32.const(this.ctx.classId(className)), text, m.i32.const(this.site)], binaryen.none),
      m.br(this.raisedLabel),
    ]);
  }

  /** Code that raises `className` with a message computed at run time. */
  raiseWith(className: string, message: Expr): Expr {
    this.raisesInline = true;
    const m = this.m;
    return m.block(null, [
      m.call(raiseException(this.support), [m.i32.const(this.ctx.classId(className)), message, m.i32.const(this.site)], binaryen.none),
      m.br(this.raisedLabel),
    ]);
  }

  /** Leaves the operation after support code raised (the exception is already pending). */
  leaveRaised(): Expr {
    this.raisesInline = true;
    return this.m.br(this.raisedLabel);
  }

  /** A call to a translated function (it may leave an exception pending), as its value. */
  callGraph(graph: FunctionGraph, args: Expr[]): Expr {
    this.statusCalls += 1;
    return callGraphKeepingStatus(this.ctx, graph, args, this.fn.depth(), this.statusAccess(), (type) => this.temp(type));
  }

  /** The function's status local, which the operation's call stores its raised status in. */
  private statusAccess(): { get(): Expr; set(value: Expr): Expr } {
    const status = this.fn.statusLocal();
    const m = this.m;
    return { get: () => m.local.get(status, binaryen.i32), set: (value: Expr) => m.local.set(status, value) };
  }

  /**
   * Builds the cases of a dispatch, of which exactly one runs: when each makes at most one call
   * that stores its status, their calls count as one, so that the status is still the test.
   */
  alternatives<T>(cases: readonly (() => T)[]): T[] {
    const before = this.statusCalls;
    let eachAtMostOne = true;
    const built = cases.map((lower) => {
      const start = this.statusCalls;
      const code = lower();
      if (this.statusCalls - start > 1) eachAtMostOne = false;
      return code;
    });
    if (eachAtMostOne && this.statusCalls > before) this.statusCalls = before + 1;
    return built;
  }

  /** A call that returns a value of `valueType` then a raised status (a method's, a thunk's). */
  keepStatus(call: Expr, valueType: binaryen.Type): Expr {
    this.statusCalls += 1;
    return keepingStatus(this.m, call, valueType, this.statusAccess(), (type) => this.temp(type));
  }

  /**
   * The test of whether the operation's one call raised, when the status of that call tells
   * (it is its only way of raising in a call); null when the `exc` global must be tested.
   */
  raisedStatus(): Expr | null {
    if (this.statusCalls !== 1 || this.otherCalls || this.mayRaiseInSupport) return null;
    return this.m.local.get(this.fn.statusLocal(), binaryen.i32);
  }

  /** A call to support code that raises at this operation's site (passed in `args`). */
  callSupportMayRaise(name: string, args: Expr[], result: binaryen.Type): Expr {
    this.mayRaiseInSupport = true;
    return this.m.call(name, args, result);
  }

  temp(type: binaryen.Type): Temp {
    const index = this.fn.newLocal(type);
    const m = this.m;
    return {
      get: () => m.local.get(index, type),
      set: (value) => m.local.set(index, value),
      tee: (value) => m.local.tee(index, value, type),
    };
  }
}
