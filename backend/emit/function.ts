// Emits one annotated graph as one wasm function.
//
// Every non-void variable becomes a local; every annotated block becomes a Relooper block whose
// code is its lowered operations; every link becomes a branch whose code copies the link's
// arguments into the target block's input locals. Links to the return block branch to one block
// that returns; links to the except block raise. Exceptions propagate by checked returns: an
// operation that may have raised is followed by a test of the pending-exception global, and the
// propagation path records the traceback site and returns (through the `propagate` label that
// wraps the whole body). A block whose last operation can raise (inside try, or a for loop's
// `next`) branches on the pending exception to its handlers instead.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Block, Constant, FunctionGraph, LAST_EXCEPTION, Link, Variable, type Hlvalue, type SpaceOperation } from '../../frontend/flowmodel.ts';
import { BuiltinExceptionClass, ComputedDefault, PyFunction } from '../../frontend/program.ts';
import { moduleGlobal } from '../lower/variables.ts';
import { sourceOfGraph } from '../../annotator/position.ts';
import { isImpossible, type SomePBC, type SomeValue } from '../../annotator/model.ts';
import type { Repr } from '../repr/repr.ts';
import { convertValue } from '../repr/convert.ts';
import { InstanceRepr } from '../repr/instance.ts';
import { LabelLoop } from './labelloop.ts';
import { findCharVariables } from './charvars.ts';
import { strFromChar } from '../support/chars.ts';
import { ClosureSetRepr, FunctionSetRepr } from '../repr/functionset.ts';
import { at } from '../../diagnostics/whereabouts.ts';

/** What builds a function's control flow from its blocks: Binaryen's Relooper or a LabelLoop. */
type ControlFlow = Pick<binaryen.Relooper, 'addBlock' | 'addBranch' | 'renderAndDispose'>;
import { pendingException, tbPush } from '../support/exceptions.ts';
import { EXCEPTION_OR_NONE, OBJECT } from '../support/types.ts';
import { BUILTIN_EXCEPTIONS } from '../../frontend/builtins.ts';
import { lowerOperation, lowerNextOrExhausted } from '../lower/registry.ts';
import { LowerOp } from '../lower/lowerop.ts';
import { depthCheckInline, depthEnterInline } from '../support/recursion.ts';
import type { ModuleContext } from './modulecontext.ts';
import { graphResultType, graphReturn, graphValueType } from './graphcall.ts';

export const PROPAGATE = 'propagate';
const BASE_EXCEPTION = BUILTIN_EXCEPTIONS.get('BaseException')!;

export class FunctionEmitter {
  readonly ctx: ModuleContext;
  readonly graph: FunctionGraph;
  readonly name: string;
  private readonly localIndex = new Map<Variable, number>();
  private readonly localTypes: binaryen.Type[] = [];
  private paramCount = 0;
  private readonly countsDepth: boolean;
  /** A leaf (it calls no translated function): it checks the depth without counting. */
  private readonly isLeaf: boolean;
  private readonly checksDepth: boolean;
  private opCounter = 0;

  /** A number for a fresh label in this function. */
  nextLabel(): number {
    return this.opCounter++;
  }
  /** The local a link to the return block stores the returned value in. */
  private returnLocal: number | null = null;
  /** Raising operations whose exception came from a call to a translated function. */
  private readonly raisedInCall = new Set<SpaceOperation>();

  constructor(ctx: ModuleContext, graph: FunctionGraph, countsDepth: boolean) {
    this.ctx = ctx;
    this.graph = graph;
    this.name = ctx.functionName(graph);
    // Runtime library functions are like CPython's builtins: no frame, no recursion count.
    this.hidden = graph.func instanceof PyFunction && graph.func.hidden;
    // A function that calls no translated function only checks the depth: nothing reads the
    // counter while it runs, so it need not count itself (the hottest small functions).
    this.isLeaf = !graph.iterblocks().some((block) => block.operations.some((op) => (ctx.rtyper.annotator.callTargets.get(op)?.size ?? 0) > 0));
    this.countsDepth = countsDepth && !this.hidden && !this.isLeaf;
    this.checksDepth = countsDepth && !this.hidden && this.isLeaf;
  }

  private readonly hidden: boolean;

  get module(): binaryen.Module {
    return this.ctx.module;
  }

  annotation(value: Hlvalue): SomeValue {
    return this.ctx.rtyper.annotator.annotation(value);
  }

  reprOf(value: Hlvalue): Repr {
    return this.ctx.rtyper.reprOfValue(value);
  }

  private charVariables: Set<Variable> | null = null;
  /** Whether `value` holds a character as its code point (charvars.ts; valueOf makes its str). */
  isChar(value: Hlvalue): boolean {
    if (!(value instanceof Variable)) return false;
    if (this.charVariables === null) {
      const generator = this.graph.func instanceof PyFunction && this.graph.func.generatorOf !== null;
      const annotator = this.ctx.rtyper.annotator;
      this.charVariables = generator ? new Set() : findCharVariables(annotator, this.graph, annotator.annotatedBlocks(this.graph));
    }
    return this.charVariables.has(value);
  }

  /** The code point a char variable holds. */
  charValueOf(v: Hlvalue): Expr {
    if (!this.isChar(v)) throw new Error(`${(v as Variable).nameHint} is not a char variable`);
    return this.module.local.get(this.localOf(v as Variable), binaryen.i32);
  }

  /** The parameter variables that carry run-time values, in order. */
  static params(ctx: ModuleContext, graph: FunctionGraph): Variable[] {
    return graph.startblock.inputargs.filter((v) => !ctx.rtyper.reprOfValue(v).isVoid);
  }

  /** The wasm type of the function's value (its result also carries the raised status: graphcall.ts). */
  static resultType(ctx: ModuleContext, graph: FunctionGraph): binaryen.Type {
    return graphValueType(ctx, graph);
  }

  private depthParam = -1;
  /**
   * The depth this function passes to the translated functions it calls: its own frame's once
   * the prologue has counted it (a library function, which has no frame, passes its caller's).
   */
  depth(): Expr {
    if (this.depthParam < 0) throw new Error(`the depth of ${this.name} is read before its parameters are laid out`);
    return this.module.local.get(this.depthParam, binaryen.i32);
  }

  private statusLocalIndex: number | null = null;
  /** The local that receives the raised status of the calls this function makes. */
  statusLocal(): number {
    this.statusLocalIndex ??= this.newLocal(binaryen.i32);
    return this.statusLocalIndex;
  }

  /** A new local of the given wasm type (for temporaries). */
  newLocal(type: binaryen.Type): number {
    this.localTypes.push(type);
    return this.localTypes.length - 1;
  }

  localOf(v: Variable): number {
    let index = this.localIndex.get(v);
    if (index === undefined) {
      const shared = this.sharedLocal.get(v);
      index = shared ? this.localOf(shared) : this.newLocal(this.isChar(v) ? binaryen.i32 : this.ctx.model.valueType(this.reprOf(v).lltype));
      this.localIndex.set(v, index);
    }
    return index;
  }

  /** Input variables that use the local of the link argument they receive (shareLocals). */
  private readonly sharedLocal = new Map<Variable, Variable>();

  /**
   * Lets the input variables of a block entered by one link only use the locals of the values
   * that link passes (when they have the same representation). Such an input is a new name for
   * the same value: the argument is not visible in the block, and nothing else enters it, so
   * the local cannot be overwritten while the input is in use. Without this, every raising
   * operation in a try body ends a block whose successor copies every live variable into fresh
   * locals: a function's locals grew as statements times variables, and Binaryen's passes over
   * locals took minutes on long functions.
   */
  private shareLocals(blocks: readonly Block[]): void {
    const incoming = new Map<Block, Link[]>();
    for (const block of blocks) {
      for (const link of block.exits) {
        const links = incoming.get(link.target);
        if (links) links.push(link);
        else incoming.set(link.target, [link]);
      }
    }
    for (const block of blocks) {
      const links = incoming.get(block);
      if (block === this.graph.startblock || links?.length !== 1) continue;
      const link = links[0]!;
      block.inputargs.forEach((input, i) => {
        const arg = link.args[i];
        if (!(arg instanceof Variable) || link.args.indexOf(arg) !== i || link.args.lastIndexOf(arg) !== i) return;
        const repr = this.reprOf(input);
        if (repr.isVoid || repr !== this.reprOf(arg) || this.isChar(input) !== this.isChar(arg)) return;
        this.sharedLocal.set(input, arg);
      });
    }
  }

  /** The value of `h` in its own representation. */
  valueOf(h: Hlvalue): Expr {
    const repr = this.reprOf(h);
    if (h instanceof Constant && h.value instanceof ComputedDefault) return this.computedDefault(h.value, repr);
    if (h instanceof Constant) {
      if (isImpossible(this.annotation(h))) throw new Error('reading an undefined constant');
      return repr.constant(h.value, this.ctx);
    }
    if (repr.isVoid) throw new Error(`variable ${h.nameHint} has no run-time value`);
    if (this.isChar(h)) return this.module.call(strFromChar(this.ctx.support), [this.charValueOf(h)], this.ctx.model.valueType(repr.lltype));
    return this.module.local.get(this.localOf(h), this.ctx.model.valueType(repr.lltype));
  }

  /** The value of `h` converted to representation `target`. */
  valueAs(h: Hlvalue, target: Repr): Expr {
    const annotation = this.annotation(h);
    if (isImpossible(annotation)) return target.zero(this.ctx);
    if (h instanceof Constant && h.value instanceof ComputedDefault) return this.computedDefault(h.value, target);
    if (h instanceof Constant) return target.constant(h.value, this.ctx);
    const source = this.reprOf(h);
    if (source.isVoid) return target.constant(annotation.constValue, this.ctx);
    if (source instanceof FunctionSetRepr && target instanceof ClosureSetRepr) return this.functionsAsObjects(h, source, target);
    return convertValue(this.ctx, source, target, this.valueOf(h));
  }

  /** A default evaluated when its def ran, read from its hidden global, as `target`. */
  private computedDefault(value: ComputedDefault, target: Repr): Expr {
    const g = moduleGlobal(this.ctx, value.variable);
    if (g.repr.isVoid) return target.constant(this.annotation(new Constant(value)).constValue, this.ctx);
    return convertValue(this.ctx, g.repr, target, this.module.global.get(g.name, g.type));
  }

  /**
   * A value naming one of several plain functions, into a variable where closures may be too:
   * the number picks the function's prebuilt object (its possible functions are known here).
   */
  private functionsAsObjects(h: Hlvalue, source: FunctionSetRepr, target: ClosureSetRepr): Expr {
    const m = this.module;
    const number = this.newLocal(binaryen.i32);
    const annotation = this.annotation(h) as SomePBC;
    let chain: Expr = target.constant(null, this.ctx);
    for (const desc of annotation.descs) {
      chain = m.if(m.i32.eq(m.local.get(number, binaryen.i32), m.i32.const(source.numberOf(desc, this.ctx))), target.constant(desc.pyobj, this.ctx), chain);
    }
    return m.block(null, [m.local.set(number, this.valueOf(h)), chain], this.ctx.model.valueType(target.lltype));
  }

  setLocal(v: Variable, value: Expr): Expr {
    return this.module.local.set(this.localOf(v), value);
  }

  /** The traceback site of an operation (its source line in this function); -1 in hidden code. */
  siteOf(span: SpaceOperation['span']): number {
    if (this.hidden) return -1;
    const funcName = this.graph.name.replace(/\[.*$/, '').split('.').pop()!;
    return this.ctx.sites.site(sourceOfGraph(this.graph), span, funcName);
  }

  private pendingTest(): Expr {
    const exc = pendingException(this.ctx.support);
    return this.ctx.model.isNull(this.module.global.get(exc, this.ctx.model.valueType(EXCEPTION_OR_NONE)));
  }

  /** Code that continues the propagation of the pending exception out of this function. */
  propagate(site: number | null): Expr {
    const m = this.module;
    const steps: Expr[] = [];
    if (site !== null && site >= 0) steps.push(m.call(tbPush(this.ctx.support), [m.i32.const(site)], binaryen.none));
    steps.push(m.br(PROPAGATE));
    return steps.length === 1 ? steps[0]! : m.block(null, steps);
  }

  /** Lowers one operation to statements. `inTry`: its exceptions go to the block's handlers. */
  private emitOperation(op: SpaceOperation, inTry: boolean): Expr[] {
    const m = this.module;
    at(this.graph.name.replace(/\[.*$/, ''), sourceOfGraph(this.graph), op.span);
    const label = `raised${this.opCounter++}`;
    const site = this.siteOf(op.span);
    const hop = new LowerOp(this, op, site, label);
    const code = lowerOperation(hop);
    const result = op.result;
    const resultRepr = result.annotation === null ? null : this.reprOf(result);
    let statement: Expr;
    if (resultRepr === null || resultRepr.isVoid) {
      statement = binaryen.getExpressionType(code) === binaryen.none || binaryen.getExpressionType(code) === binaryen.unreachable ? code : m.drop(code);
    } else {
      statement = this.setLocal(result, code);
    }
    if (hop.mayRaiseInCall) this.raisedInCall.add(op);
    const statements: Expr[] = [];
    if (hop.raisesInline) {
      // Inline raises branch to `label`; the normal path skips the code that follows it.
      const onRaise = inTry ? m.nop() : this.propagate(null);
      statements.push(m.block(`${label}_ok`, [m.block(label, [statement, m.br(`${label}_ok`)]), onRaise]));
    } else {
      statements.push(statement);
    }
    if ((hop.mayRaiseInCall || hop.mayRaiseInSupport) && !inTry) {
      // One call of a translated function says by its status whether it raised (graphcall.ts);
      // the status is cleared first in case the operation's code does not always make it.
      const status = hop.raisedStatus();
      if (status !== null) statements.unshift(m.local.set(this.statusLocal(), m.i32.const(0)));
      statements.push(m.if(status ?? m.i32.eqz(this.pendingTest()), this.propagate(hop.mayRaiseInCall ? site : null)));
    }
    return statements;
  }

  /** Builds the function and adds it to the module. */
  emit(): void {
    const m = this.module;
    const annotator = this.ctx.rtyper.annotator;
    const params = FunctionEmitter.params(this.ctx, this.graph);
    // The caller's depth comes first (support/recursion.ts); a counting function makes it its own.
    this.depthParam = this.newLocal(binaryen.i32);
    params.forEach((v) => this.localOf(v));
    this.paramCount = params.length + 1;
    const resultType = FunctionEmitter.resultType(this.ctx, this.graph);
    const returnRepr = this.reprOf(this.graph.getReturnVar());

    // A generator's body enters its loops in the middle (after a yield): see labelloop.ts.
    const irreducible = this.graph.func instanceof PyFunction && this.graph.func.generatorOf !== null;
    const flow: ControlFlow = irreducible ? new LabelLoop(m, 'blocks') : new binaryen.Relooper(m);
    const withoutDefault = { conditional: new Set<number>(), defaults: new Set<number>() };
    let unreachableBlock: number | null = null;
    const relooper: ControlFlow = {
      addBlock: (code) => flow.addBlock(code),
      addBranch: (from, to, condition, code) => {
        (condition === 0 ? withoutDefault.defaults : withoutDefault.conditional).add(from);
        flow.addBranch(from, to, condition, code);
      },
      renderAndDispose: (entry, label) => flow.renderAndDispose(entry, label),
    };
    const blocks = annotator.annotatedBlocks(this.graph);
    this.shareLocals(blocks);
    const relooperBlock = new Map<Block, number>();
    const pendingBranches: (() => void)[] = [];
    let returnBlock: number | null = null;
    let raiseBlock: number | null = null;
    const raiseValue = (): number => {
      if (raiseBlock === null) {
        raiseBlock = relooper.addBlock(this.raiseCode());
      }
      return raiseBlock;
    };

    const targetOf = (link: Link): number | null => {
      if (link.target === this.graph.returnblock) {
        if (returnBlock === null) {
          if (!returnRepr.isVoid) this.returnLocal = this.newLocal(resultType);
          const value = this.returnLocal === null ? undefined : m.local.get(this.returnLocal, resultType);
          returnBlock = relooper.addBlock(graphReturn(m, value, 0));
        }
        return returnBlock;
      }
      if (link.target === this.graph.exceptblock) return raiseValue();
      return relooperBlock.get(link.target) ?? null;
    };

    for (const block of blocks) {
      const blockedAt = annotator.blockedAt.get(block);
      const lastOp = blockedAt ?? block.operations.length - 1;
      const code: Expr[] = [];
      // A block ending in an operation that can raise branches to its handlers, even when the
      // operation never returns normally (`raise`).
      const raisingTry = block.canRaise() && (blockedAt === undefined || blockedAt === block.operations.length - 1);
      block.operations.forEach((op, i) => {
        if (i > lastOp) return;
        const inTry = raisingTry && i === block.operations.length - 1;
        if (inTry && op.opname === 'next' && this.catchesOnlyStopIteration(block)) return; // lowered with the exits
        code.push(...this.emitOperation(op, inTry));
      });
      if (raisingTry && !(block.operations.at(-1)!.opname === 'next' && this.catchesOnlyStopIteration(block))) code.push(this.selectHandler(block));
      if (blockedAt !== undefined && !raisingTry) code.push(m.unreachable());
      const id = relooper.addBlock(code.length === 0 ? m.nop() : code.length === 1 ? code[0]! : m.block(null, code));
      relooperBlock.set(block, id);
      if (blockedAt === undefined || raisingTry) pendingBranches.push(() => this.addBranches(relooper, block, id, targetOf));
    }
    for (const add of pendingBranches) add();
    // A block whose normal exit leads nowhere the annotator reached (the item of an empty
    // list's iterator) has conditional branches only; the Relooper needs a default one.
    for (const id of withoutDefault.conditional) {
      if (withoutDefault.defaults.has(id)) continue;
      unreachableBlock ??= relooper.addBlock(m.unreachable());
      relooper.addBranch(id, unreachableBlock, 0, 0);
    }

    const entry = relooperBlock.get(this.graph.startblock)!;
    const body = relooper.renderAndDispose(entry, this.newLocal(binaryen.i32));
    const prologue = this.countsDepth
      ? [depthEnterInline(this.ctx.support, this.depthParam, m.br(PROPAGATE))]
      : this.checksDepth
        ? [depthCheckInline(this.ctx.support, this.depthParam, m.br(PROPAGATE))]
        : [];
    const epilogue: Expr[] = [];
    epilogue.push(graphReturn(m, resultType === binaryen.none ? undefined : returnRepr.zero(this.ctx), 1));
    const fn = m.addFunction(
      this.name,
      binaryen.createType([binaryen.i32, ...params.map((v) => this.localTypes[this.localOf(v)]!)]),
      graphResultType(this.ctx, this.graph),
      this.localTypes.slice(this.paramCount),
      m.block(null, [m.block(PROPAGATE, [...prologue, body]), ...epilogue]),
    );
    void fn;
  }

  private catchesOnlyStopIteration(block: Block): boolean {
    const handlers = block.exits.slice(1);
    if (!(handlers.length > 0 && handlers.every((l) => l.exitcase instanceof BuiltinExceptionClass && l.exitcase.name === 'StopIteration'))) return false;
    // A generator or an iterator object raises a real StopIteration from its __next__, caught
    // like any exception; the builtin iterators only say whether they have an item.
    const next = block.operations[block.operations.length - 1]!;
    return !(this.reprOf(next.args[0]!) instanceof InstanceRepr);
  }

  /** Code copying a link's arguments into its target's input locals. */
  private linkCode(link: Link): Expr {
    const m = this.module;
    const copies: Expr[] = [];
    if (link.target === this.graph.returnblock) {
      if (this.returnLocal !== null) copies.push(m.local.set(this.returnLocal, this.valueAs(link.args[0]!, this.reprOf(this.graph.getReturnVar()))));
    } else if (link.target === this.graph.exceptblock) {
      copies.push(this.raiseLinkCode(link));
    } else {
      // An input that shares its argument's local (shareLocals) needs no copy.
      const pairs = link.args
        .map((arg, i) => [arg, link.target.inputargs[i]!] as const)
        .filter(([arg, v]) => !this.reprOf(v).isVoid && !(arg instanceof Variable && this.sharedLocal.get(v) === arg));
      // A copy must not overwrite a local that a later copy of the same link reads.
      const written = new Set(pairs.map(([, v]) => this.localOf(v)));
      const overlapping = pairs.some(([arg]) => arg instanceof Variable && !this.reprOf(arg).isVoid && !isImpossible(this.annotation(arg)) && written.has(this.localOf(arg)));
      const passed = (arg: Hlvalue, v: Variable): Expr => (this.isChar(v) ? this.charValueOf(arg) : this.valueAs(arg, this.reprOf(v)));
      if (overlapping) {
        const temps = pairs.map(([arg, v]) => {
          const type = this.isChar(v) ? binaryen.i32 : this.ctx.model.valueType(this.reprOf(v).lltype);
          const temp = this.newLocal(type);
          copies.push(m.local.set(temp, passed(arg, v)));
          return [temp, type] as const;
        });
        pairs.forEach(([, v], i) => copies.push(this.setLocal(v, m.local.get(temps[i]![0], temps[i]![1]))));
      } else {
        for (const [arg, v] of pairs) copies.push(this.setLocal(v, passed(arg, v)));
      }
    }
    return copies.length === 0 ? m.nop() : copies.length === 1 ? copies[0]! : m.block(null, copies);
  }

  private addBranches(
    relooper: ControlFlow,
    block: Block,
    id: number,
    targetOf: (link: Link) => number | null,
  ): void {
    const m = this.module;
    const add = (link: Link, condition: Expr): void => {
      const target = targetOf(link);
      if (target === null) return;
      relooper.addBranch(id, target, condition, this.linkCode(link));
    };
    const switchValue = block.exitswitch;
    if (switchValue === null) {
      add(block.exits[0]!, 0);
      return;
    }
    if (switchValue === LAST_EXCEPTION) {
      this.addExceptionBranches(relooper, block, id, targetOf);
      return;
    }
    const s = this.annotation(switchValue as Hlvalue);
    if (s.isConstant) {
      const chosen = block.exits.find((l) => l.exitcase === s.constValue) ?? block.exits.find((l) => l.exitcase === null);
      if (chosen) add(chosen, 0);
      return;
    }
    const whenTrue = block.exits.find((l) => l.exitcase === true)!;
    const whenFalse = block.exits.find((l) => l.exitcase === false)!;
    add(whenTrue, this.valueAs(switchValue as Hlvalue, this.ctx.rtyper.reprOf(this.annotation(switchValue as Hlvalue))));
    add(whenFalse, 0);
    void m;
  }

  private addExceptionBranches(
    relooper: ControlFlow,
    block: Block,
    id: number,
    targetOf: (link: Link) => number | null,
  ): void {
    const m = this.module;
    const [normal, ...handlers] = block.exits;
    const op = block.operations[block.operations.length - 1]!;
    if (op.opname === 'next' && this.catchesOnlyStopIteration(block)) {
      // A for loop: the iterator says whether it has an item; no exception is made.
      const site = this.siteOf(op.span);
      const label = `next${this.opCounter++}`;
      const hop = new LowerOp(this, op, site, label);
      const lowered = lowerNextOrExhausted(hop);
      // The iterator's code may raise inline (a dict changed size): out of the function here.
      const guard = (code: Expr, suffix: string): Expr => {
        if (!hop.raisesInline) return code;
        const type = binaryen.getExpressionType(code);
        const ok = `${label}${suffix}_ok`;
        const inner = type === binaryen.none ? m.block(`${label}`, [code, m.br(ok)]) : m.block(`${label}`, [m.br(ok, undefined, code)]);
        return m.block(ok, [inner, this.propagate(null)], type);
      };
      const hasItem = guard(lowered.hasItem, 'has');
      const target = targetOf(normal!);
      const exhausted = handlers[0]!;
      const exhaustedTarget = targetOf(exhausted);
      if (target !== null) {
        // The item code advances the iterator: it runs even when the item has no run-time value.
        const voidItem = op.result.annotation === null || this.reprOf(op.result).isVoid;
        const item = lowered.item;
        const setItem = voidItem ? (binaryen.getExpressionType(item) === binaryen.none ? item : m.drop(item)) : this.setLocal(op.result, item);
        relooper.addBranch(id, target, hasItem, m.block(null, [setItem, this.linkCode(normal!)]));
      }
      if (exhaustedTarget !== null) relooper.addBranch(id, exhaustedTarget, 0, this.linkCode(exhausted));
      return;
    }
    this.addHandlerBranches(relooper, block, id, targetOf, op);
  }

  /** The class definition of an exception exit's class. */
  private exitClassDef(link: Link): import('../../annotator/classdef.ts').ClassDef {
    const bookkeeper = this.ctx.rtyper.annotator.bookkeeper;
    return bookkeeper.getClassDef(bookkeeper.getClassDesc(link.exitcase as BuiltinExceptionClass));
  }

  /**
   * Code ending a block whose last operation can raise inside a try body: it stores in the
   * block's selector local which exit the pending exception takes (0: none pending, k: the k-th
   * exception exit, the first whose class matches; one more than the exits: no exit catches
   * it). The Relooper does not keep the order in which a block's branches were added, so the
   * branches test this number, which picks exactly one of them, and not the overlapping class
   * tests themselves (StopIteration's exit must win over BaseException's after it).
   */
  private selectHandler(block: Block): Expr {
    const m = this.module;
    const model = this.ctx.model;
    const exc = pendingException(this.ctx.support);
    const excType = model.valueType(EXCEPTION_OR_NONE);
    const handlers = block.exits.filter((l) => l.exitcase !== null);
    let chain: Expr = m.i32.const(handlers.length + 1);
    for (let i = handlers.length - 1; i >= 0; i--) {
      const classdef = this.exitClassDef(handlers[i]!);
      chain = classdef.basedef === null ? m.i32.const(i + 1) : m.if(this.classIdTest(m.global.get(exc, excType), classdef), m.i32.const(i + 1), chain);
    }
    const selector = this.newLocal(binaryen.i32);
    this.handlerSelectors.set(block, selector);
    return m.local.set(selector, m.if(model.isNull(m.global.get(exc, excType)), m.i32.const(0), chain));
  }

  private readonly handlerSelectors = new Map<Block, number>();

  /**
   * The exits of an operation inside a try body: one branch per except exit (the first whose
   * class matches the pending exception, see selectHandler), then the normal exit; an exception
   * no exit catches goes on propagating.
   */
  private addHandlerBranches(relooper: ControlFlow, block: Block, id: number, targetOf: (link: Link) => number | null, op: SpaceOperation): void {
    const m = this.module;
    const model = this.ctx.model;
    const exc = pendingException(this.ctx.support);
    const excType = model.valueType(EXCEPTION_OR_NONE);
    const normal = block.exits[0]!.exitcase === null ? block.exits[0]! : null;
    const handlers = block.exits.filter((l) => l.exitcase !== null);
    const site = this.siteOf(op.span);
    const bookkeeper = this.ctx.rtyper.annotator.bookkeeper;
    const selector = this.handlerSelectors.get(block)!;
    const selected = (k: number): Expr => m.i32.eq(m.local.get(selector, binaryen.i32), m.i32.const(k));
    // Selections no branch takes (no exit catches the exception, or its exit's block is never
    // reached as far as the annotator knows) go on propagating.
    const uncaught: number[] = handlers.some((link) => this.exitClassDef(link).basedef === null) ? [] : [handlers.length + 1];
    handlers.forEach((link, i) => {
      const target = targetOf(link);
      const all = this.exitClassDef(link).basedef === null;
      if (target === null) {
        uncaught.push(i + 1);
        return;
      }
      const last = i === handlers.length - 1;
      const condition: Expr = (all || last) && !normal ? 0 : selected(i + 1);
      const code: Expr[] = [];
      if (this.raisedInCall.has(op)) code.push(m.call(tbPush(this.ctx.support), [m.i32.const(site)], binaryen.none));
      if (link.lastExcValue && !this.reprOf(link.lastExcValue).isVoid) {
        code.push(this.setLocal(link.lastExcValue, convertValue(this.ctx, this.ctx.rtyper.instanceRepr(bookkeeper.getClassDef(bookkeeper.getClassDesc(BASE_EXCEPTION))), this.reprOf(link.lastExcValue), m.global.get(exc, excType))));
      }
      code.push(m.global.set(exc, model.nullOf(EXCEPTION_OR_NONE)));
      code.push(this.linkCode(link));
      relooper.addBranch(id, target, condition, m.block(null, code));
    });
    if (!normal) return;
    if (uncaught.length > 0) {
      const propagate = relooper.addBlock(this.propagate(this.raisedInCall.has(op) ? site : null));
      relooper.addBranch(id, propagate, uncaught.map(selected).reduce((a, b) => m.i32.or(a, b)), 0);
    }
    const target = targetOf(normal);
    if (target !== null) relooper.addBranch(id, target, 0, this.linkCode(normal));
  }

  /** Whether the instance `value`'s class id is in `classdef`'s subtree. */
  private classIdTest(value: Expr, classdef: import('../../annotator/classdef.ts').ClassDef): Expr {
    const m = this.module;
    const first = this.ctx.classes.id(classdef);
    const last = this.ctx.classes.last(classdef);
    return m.i32.le_u(m.i32.sub(this.ctx.model.structGet(OBJECT, value, 'class'), m.i32.const(first)), m.i32.const(last - first));
  }

  /** The block that raises the exception carried by a link to the except block. */
  private raiseCode(): Expr {
    return this.propagate(null);
  }

  private raiseLinkCode(_link: Link): Expr {
    throw new Error('raise statements are not supported yet');
  }
}
