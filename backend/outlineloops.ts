// outline-loop-bodies: moves the body of each outermost loop of a function that runs once (the
// program's main(), a library function called once) into a function of its own, so that V8
// optimizes the loop's work.
//
// V8 compiles a wasm function with its baseline compiler (Liftoff) first and with TurboFan
// once it has run enough, but the optimized code is used from the function's next call on: V8
// has no on-stack replacement for wasm. A hot loop in a function called once therefore runs in
// baseline code to the end, two to four times slower. With its body in a function of its own,
// the body (and every loop nested in it) runs optimized after a few calls. A call per iteration
// would cost more than a small body (a multi-value return, the locals copied back), so the new
// function replays the body itself on a `continue`, in chunks that double from 1 to MAX_CHUNK
// iterations per call (a mutable global per body), and returns to its caller between chunks.
//
// The pass works on the optimized Binaryen IR. A function runs once when it is the exported
// `main`, or has a single call site, outside any loop, in a function that runs once (no
// `ref.func` of it). In such a function, an outermost loop whose body holds a loop or is large
// gets its body outlined:
// - parameters: the locals the body may read before writing them (`exposedReads`), and those
//   it writes that are read outside it; results: an exit code, then the written locals that
//   are read outside the body or read by it before written (in the next iteration), then the
//   value of a `return` in the body;
// - a branch from the body to a label outside it (the loop's own label for `continue`, the
//   labels after the loop, the `propagate` label of checked exceptions) becomes a branch to an
//   exit block of the new function that returns that label's code; a `return` stores its value
//   and exits with its own code. The caller calls the function, copies the results back into
//   its locals and branches on the code to the original label.
// The body is left in place when it branches to an outer label with a value, uses a `br_on_*`
// to leave, or makes a tail call, and the function is left alone when it has locals that wasm
// cannot leave unset (non-nullable references) or code of a kind `wasm/children.ts` does not know.

import { binaryen, type Expr } from './wasm/binaryen.ts';
import { childrenOf, ir, walk } from './wasm/children.ts';

/** The most iterations an outlined body runs per call (chunks double up to it). */
const MAX_CHUNK = 1024;

/** A flat loop body (no nested loop) is outlined from this many expressions on. */
const MIN_FLAT_BODY_SIZE = 40;

/** The passes run again on the functions the pass changed or made. */
const CLEANUP = ['simplify-locals', 'vacuum', 'remove-unused-brs', 'merge-blocks', 'coalesce-locals', 'reorder-locals', 'vacuum'];


interface CallSite {
  caller: string;
  inLoop: boolean;
}

export function outlineLoopBodies(module: binaryen.Module): void {
  const functions = definedFunctions(module);
  const once = functionsRunOnce(module, functions);
  if (once === null) return;
  let counter = 0;
  const changed: string[] = [];
  for (const name of once) {
    const made = new LoopOutliner(module, module.getFunction(name), () => counter++).run();
    if (made.length > 0) changed.push(name, ...made);
  }
  for (const name of changed) module.runPassesOnFunction(name, CLEANUP);
}

function definedFunctions(module: binaryen.Module): Map<string, binaryen.FunctionInfo> {
  const functions = new Map<string, binaryen.FunctionInfo>();
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (!info.module) functions.set(info.name, info);
  }
  return functions;
}

/** The functions that run at most once, or null when some body cannot be walked. */
function functionsRunOnce(module: binaryen.Module, functions: Map<string, binaryen.FunctionInfo>): string[] | null {
  const sites = new Map<string, CallSite[]>();
  const escaping = new Set<string>();
  for (const [name, info] of functions) {
    const complete = walk(info.body, (expr, parents) => {
      const id = binaryen.getExpressionId(expr);
      if (id === binaryen.CallId) {
        const target = ir.Call.getTarget(expr);
        const inLoop = parents.some((p) => binaryen.getExpressionId(p) === binaryen.LoopId);
        const list = sites.get(target);
        if (list) list.push({ caller: name, inLoop });
        else sites.set(target, [{ caller: name, inLoop }]);
      } else if (id === binaryen.RefFuncId) {
        escaping.add(ir.RefFunc.getFunc(expr));
      }
    });
    if (!complete) return null;
  }
  let root: string | null = null;
  for (let i = 0; i < module.getNumExports(); i++) {
    const info = binaryen.getExportInfo(module.getExportByIndex(i));
    if (info.kind === binaryen.ExternalFunction && info.name === 'main') root = info.value;
  }
  if (root === null) return [];
  const once = [root];
  const seen = new Set(once);
  for (let k = 0; k < once.length; k++) {
    for (const [callee, list] of sites) {
      if (seen.has(callee) || escaping.has(callee) || !functions.has(callee)) continue;
      if (list.length === 1 && !list[0]!.inLoop && list[0]!.caller === once[k]) {
        seen.add(callee);
        once.push(callee);
      }
    }
  }
  return once;
}

function isReference(type: binaryen.Type): boolean {
  return ![binaryen.none, binaryen.unreachable, binaryen.i32, binaryen.i64, binaryen.f32, binaryen.f64, binaryen.v128].includes(type) && binaryen.expandType(type).length === 1;
}

/** Whether wasm lets a local of this type start unset (numbers and nullable references). */
function defaultable(type: binaryen.Type): boolean {
  const parts = binaryen.expandType(type);
  if (parts.length !== 1) return parts.every(defaultable);
  return !isReference(type) || binaryen.getTypeFromHeapType(binaryen.getHeapType(type), true) === type;
}

/** What a loop body writes and where it leaves to. */
interface BodyScan {
  writes: Set<number>;
  /** Labels outside the body that it branches to, in order of first use. */
  exits: string[];
  returns: boolean;
  hasLoop: boolean;
  size: number;
}

/**
 * The locals that `body` may read before writing them (so their values must come in), by one
 * pass in evaluation order that tracks the locals written on every path so far. Conservative
 * where paths meet: after an `if`, only what both arms wrote; after a loop or a block that is
 * a branch target, only what was written before it.
 */
function exposedReads(body: Expr): Set<number> {
  const exposed = new Set<number>();
  const visit = (expr: Expr, written: Set<number>): Set<number> => {
    const id = binaryen.getExpressionId(expr);
    if (id === binaryen.LocalGetId) {
      const index = ir.LocalGet.getIndex(expr);
      if (!written.has(index)) exposed.add(index);
      return written;
    }
    if (id === binaryen.LocalSetId) {
      const after = visit(ir.LocalSet.getValue(expr), written);
      return new Set(after).add(ir.LocalSet.getIndex(expr));
    }
    if (id === binaryen.IfId) {
      const afterCondition = visit(ir.If.getCondition(expr), written);
      const whenTrue = visit(ir.If.getIfTrue(expr), afterCondition);
      const ifFalse = ir.If.getIfFalse(expr);
      const whenFalse = ifFalse ? visit(ifFalse, afterCondition) : afterCondition;
      return new Set([...whenTrue].filter((l) => whenFalse.has(l)));
    }
    if (id === binaryen.LoopId) {
      visit(ir.Loop.getBody(expr), written);
      return written;
    }
    if (id === binaryen.BlockId) {
      let state = written;
      for (const child of ir.Block.getChildren(expr)) state = visit(child, state);
      return ir.Block.getName(expr) ? written : state;
    }
    let state = written;
    for (const child of childrenOf(expr) ?? []) state = visit(child, state);
    return state;
  };
  visit(body, new Set());
  return exposed;
}

class LoopOutliner {
  private readonly info: binaryen.FunctionInfo;
  private readonly localTypes: binaryen.Type[];
  private readonly made: string[] = [];
  private readonly module: binaryen.Module;
  private readonly func: binaryen.FunctionRef;
  private readonly fresh: () => number;

  constructor(module: binaryen.Module, func: binaryen.FunctionRef, fresh: () => number) {
    this.module = module;
    this.func = func;
    this.fresh = fresh;
    this.info = binaryen.getFunctionInfo(func);
    this.localTypes = [...binaryen.expandType(this.info.params), ...this.info.vars];
  }

  /** Outlines the bodies it can; returns the names of the functions made. */
  run(): string[] {
    if (!this.info.vars.every(defaultable)) return [];
    const loops: Expr[] = [];
    walk(this.info.body, (expr) => {
      if (binaryen.getExpressionId(expr) !== binaryen.LoopId) return true;
      loops.push(expr);
      return false;
    });
    for (const loop of loops) this.outline(loop);
    return this.made;
  }

  private scan(body: Expr): BodyScan | null {
    const scan: BodyScan = { writes: new Set(), exits: [], returns: false, hasLoop: false, size: 0 };
    const inner = new Set<string>();
    let ok = true;
    const leave = (name: string, withValue: boolean): void => {
      if (inner.has(name)) return;
      if (withValue) ok = false;
      else if (!scan.exits.includes(name)) scan.exits.push(name);
    };
    const complete = walk(body, (expr) => {
      scan.size++;
      switch (binaryen.getExpressionId(expr)) {
        case binaryen.LocalSetId:
          scan.writes.add(ir.LocalSet.getIndex(expr));
          break;
        case binaryen.BlockId: {
          const name = ir.Block.getName(expr);
          if (name) inner.add(name);
          break;
        }
        case binaryen.LoopId: {
          scan.hasLoop = true;
          const name = ir.Loop.getName(expr);
          if (name) inner.add(name);
          break;
        }
        case binaryen.BreakId:
          leave(ir.Break.getName(expr), ir.Break.getValue(expr) !== 0);
          break;
        case binaryen.SwitchId: {
          const withValue = ir.Switch.getValue(expr) !== 0;
          for (const name of ir.Switch.getNames(expr)) leave(name, withValue);
          const fallback = ir.Switch.getDefaultName(expr);
          if (fallback) leave(fallback, withValue);
          break;
        }
        case binaryen.BrOnId:
          if (!inner.has(ir.BrOn.getName(expr))) ok = false;
          break;
        case binaryen.ReturnId:
          scan.returns = true;
          break;
        case binaryen.CallId:
          if (ir.Call.isReturn(expr)) ok = false;
          break;
        case binaryen.CallIndirectId:
          if (ir.CallIndirect.isReturn(expr)) ok = false;
          break;
        case binaryen.CallRefId:
          if (ir.CallRef.isReturn(expr)) ok = false;
          break;
      }
      return true;
    });
    return complete && ok ? scan : null;
  }

  /** The locals read outside `body` in this function. */
  private readsOutside(body: Expr): Set<number> {
    const reads = new Set<number>();
    walk(this.info.body, (expr) => {
      if (expr === body) return false;
      if (binaryen.getExpressionId(expr) === binaryen.LocalGetId) reads.add(ir.LocalGet.getIndex(expr));
      return true;
    });
    return reads;
  }

  private outline(loop: Expr): void {
    const m = this.module;
    const body = ir.Loop.getBody(loop);
    const bodyType = binaryen.getExpressionType(body);
    if (bodyType !== binaryen.none && bodyType !== binaryen.unreachable) return;
    const scan = this.scan(body);
    if (scan === null || !(scan.hasLoop || scan.size >= MIN_FLAT_BODY_SIZE)) return;
    const resultType = this.info.results;
    const returnsValue = scan.returns && resultType !== binaryen.none;
    // A translated function returns its value and its raised status (emit/graphcall.ts).
    const returnTypes: binaryen.Type[] = returnsValue ? [...binaryen.expandType(resultType)] : [];
    if (!returnTypes.every(defaultable)) return;
    const outside = this.readsOutside(body);
    const sorted = (s: Iterable<number>): number[] => [...s].sort((a, b) => a - b);
    const exposed = exposedReads(body);
    // A tuple local holds a call's result (emit/graphcall.ts) from the call to the reads that
    // follow it, never across the body's boundary: it stays a local of whichever side uses it.
    const isTuple = (l: number): boolean => binaryen.expandType(this.localTypes[l]!).length > 1;
    if ([...exposed].some(isTuple)) return;
    const params = sorted(new Set([...exposed, ...[...scan.writes].filter((l) => outside.has(l) && !isTuple(l))]));
    const results = sorted([...scan.writes].filter((l) => (outside.has(l) && !isTuple(l)) || exposed.has(l)));
    const vars = sorted([...scan.writes].filter((l) => !params.includes(l)));
    // The new function's locals: parameters, then the other locals the body uses, then the
    // returned value.
    const index = new Map<number, number>();
    params.forEach((l, i) => index.set(l, i));
    vars.forEach((l, i) => index.set(l, params.length + i));
    const newVars = vars.map((l) => this.localTypes[l]!);
    const returnLocal = returnsValue ? params.length + newVars.push(resultType) - 1 : -1;

    const id = this.fresh();
    const name = `${this.info.name}$body${id}`;
    const exitLabel = (k: number): string => `${name}$exit${k}`;
    const returnCode = scan.exits.length + 1;
    const exitCount = scan.exits.length + (scan.returns ? 1 : 0);
    const hasCode = exitCount > 0;
    const resultTypes = [...(hasCode ? [binaryen.i32] : []), ...results.map((l) => this.localTypes[l]!), ...returnTypes];

    // Rewrite the body for its new function: locals renumbered, exits to the exit blocks.
    const returns: Expr[] = [];
    walk(body, (expr) => {
      switch (binaryen.getExpressionId(expr)) {
        case binaryen.LocalGetId:
          ir.LocalGet.setIndex(expr, index.get(ir.LocalGet.getIndex(expr))!);
          break;
        case binaryen.LocalSetId:
          ir.LocalSet.setIndex(expr, index.get(ir.LocalSet.getIndex(expr))!);
          break;
        case binaryen.BreakId: {
          const k = scan.exits.indexOf(ir.Break.getName(expr));
          if (k >= 0) ir.Break.setName(expr, exitLabel(k + 1));
          break;
        }
        case binaryen.SwitchId: {
          ir.Switch.getNames(expr).forEach((label: string, i: number) => {
            const k = scan.exits.indexOf(label);
            if (k >= 0) ir.Switch.setNameAt(expr, i, exitLabel(k + 1));
          });
          const k = scan.exits.indexOf(ir.Switch.getDefaultName(expr) ?? '');
          if (k >= 0) ir.Switch.setDefaultName(expr, exitLabel(k + 1));
          break;
        }
        case binaryen.ReturnId:
          returns.push(expr);
          break;
      }
      return true;
    });
    for (const ret of returns) {
      const value = ir.Return.getValue(ret);
      const leave = m.br(exitLabel(returnCode));
      ir.Return.setValue(ret, value ? m.block(null, [returnsValue ? m.local.set(returnLocal, value) : m.drop(value), leave], binaryen.unreachable) : leave);
    }
    const exitWith = (code: number): Expr => {
      const values = [
        ...(hasCode ? [m.i32.const(code)] : []),
        ...results.map((l) => m.local.get(index.get(l)!, this.localTypes[l]!)),
        ...returnTypes.map((_, k) => (returnTypes.length === 1 ? m.local.get(returnLocal, resultType) : m.tuple.extract(m.local.get(returnLocal, resultType), k))),
      ];
      return m.return(values.length === 0 ? undefined : values.length === 1 ? values[0] : m.tuple.make(values));
    };
    // Iterations run in chunks: a `continue` replays the body in the same call until the
    // chunk's budget is spent, and only then returns to the caller, which calls again.
    const loopName = ir.Loop.getName(loop);
    const continueExit = loopName ? scan.exits.indexOf(loopName) : -1;
    let chunkPrologue: Expr[] = [];
    let chunked: Expr = body;
    if (continueExit >= 0) {
      const budget = params.length + newVars.push(binaryen.i32) - 1;
      const chunkGlobal = `${name}$chunk`;
      m.addGlobal(chunkGlobal, binaryen.i32, true, m.i32.const(1));
      const again = `${name}$again`;
      const continued = `${name}$continue`;
      const fellOff = `${name}$fell`;
      walk(body, (expr) => {
        if (binaryen.getExpressionId(expr) === binaryen.BreakId && ir.Break.getName(expr) === exitLabel(continueExit + 1)) ir.Break.setName(expr, continued);
        if (binaryen.getExpressionId(expr) === binaryen.SwitchId) {
          ir.Switch.getNames(expr).forEach((label: string, i: number) => {
            if (label === exitLabel(continueExit + 1)) ir.Switch.setNameAt(expr, i, continued);
          });
          if (ir.Switch.getDefaultName(expr) === exitLabel(continueExit + 1)) ir.Switch.setDefaultName(expr, continued);
        }
        return true;
      });
      // The chunk doubles at each call, from 1 to MAX_CHUNK, so that the first iterations
      // still reach V8's optimized code soon (it is used from the next call on).
      const chunk = (): Expr => m.global.get(chunkGlobal, binaryen.i32);
      chunkPrologue = [
        m.local.set(budget, chunk()),
        m.if(m.i32.lt_u(chunk(), m.i32.const(MAX_CHUNK)), m.global.set(chunkGlobal, m.i32.shl(chunk(), m.i32.const(1)))),
      ];
      chunked = m.block(fellOff, [
        m.loop(again, m.block(null, [
          m.block(continued, [body, m.br(fellOff)], binaryen.none),
          m.br(again, m.local.tee(budget, m.i32.sub(m.local.get(budget, binaryen.i32), m.i32.const(1)), binaryen.i32)),
          m.br(exitLabel(continueExit + 1)),
        ], binaryen.none)),
      ], binaryen.none);
    }
    let code: Expr = chunked;
    for (let k = 1; k <= exitCount; k++) code = m.block(exitLabel(k), [code, exitWith(k - 1)], binaryen.none);
    m.addFunction(name, binaryen.createType(params.map((l) => this.localTypes[l]!)), binaryen.createType(resultTypes), newVars, m.block(null, [...chunkPrologue, code, exitWith(exitCount)], binaryen.none));
    this.made.push(name);

    // In this function: call it, copy the results back, branch on the exit code.
    const call = m.call(name, params.map((l) => m.local.get(l, this.localTypes[l]!)), binaryen.createType(resultTypes));
    const steps: Expr[] = [];
    let component: (k: number) => Expr;
    if (resultTypes.length === 0) {
      steps.push(call);
      component = () => m.unreachable();
    } else {
      const tupleType = binaryen.createType(resultTypes);
      const temp: number = (binaryen as unknown as { _BinaryenFunctionAddVar(f: binaryen.FunctionRef, t: binaryen.Type): number })._BinaryenFunctionAddVar(this.func, tupleType);
      steps.push(m.local.set(temp, call));
      component = (k) => (resultTypes.length === 1 ? m.local.get(temp, tupleType) : m.tuple.extract(m.local.get(temp, tupleType), k));
    }
    const first = hasCode ? 1 : 0;
    results.forEach((l, i) => steps.push(m.local.set(l, component(first + i))));
    scan.exits.forEach((label, i) => steps.push(m.br(label, m.i32.eq(component(0), m.i32.const(i + 1)))));
    if (scan.returns) {
      const firstReturned = resultTypes.length - returnTypes.length;
      const value = !returnsValue ? undefined : returnTypes.length === 1 ? component(firstReturned) : m.tuple.make(returnTypes.map((_, k) => component(firstReturned + k)));
      steps.push(m.if(m.i32.eq(component(0), m.i32.const(returnCode)), m.return(value)));
    }
    if (bodyType === binaryen.unreachable) steps.push(m.unreachable());
    ir.Loop.setBody(loop, m.block(null, steps, bodyType === binaryen.unreachable ? binaryen.unreachable : binaryen.none));
  }
}
