// Which exceptions each annotated graph can let escape, and which each operation can raise, for
// `wyrm annotate`. It runs after annotation, over the annotated blocks only.
//
// An operation raises what its lowering raises for its operand types (raisesops.ts), what the
// graphs it calls let escape (Annotator.callTargets, the runtime library's graphs included), and
// for `raise`/`reraise` the classes its value may belong to. A raising block's exception exits
// catch, in order, the classes that are subclasses of their case; the rest escape. What a handler
// receives flows on through the link arguments, is narrowed by `exc_match` (an except clause's
// test: the true exit keeps the classes it names, the false exit the others) and escapes again
// when it is re-raised, so a handler that re-raises lets escape exactly what reached it.
//
// The classes an exception value may belong to are followed exactly from where it is made
// (`exc_instance` of a class, a call of a class) and through links; a value read from elsewhere
// (a parameter, an attribute, a call's result) may be any subclass of its annotation's class
// that the program can make: one it instantiates, or one some operation raises.
//
// The runtime library (runtime/lib, hidden frames) is analysed like the program, with one
// difference: its own operations are trusted not to raise implicitly (it indexes within range,
// divides by nonzero values and keeps its bookkeeping arithmetic within 64 bits), as RPython
// trusts its low-level helpers, except in the few functions whose arithmetic computes the
// caller's values (LIBRARY_ARITHMETIC). Its `raise` statements and its calls count as anywhere.
//
// Calls make a fixpoint over the call graph: a graph is analysed again when a graph it calls
// lets more escape. Every call can raise RecursionError past CPython's depth; it is listed only
// where it can happen: a graph on a cycle of calls lets it escape, and so do its callers.

import { BUILTIN_EXCEPTIONS } from '../frontend/builtins.ts';
import { Constant, Variable, type Block, type FunctionGraph, type Hlvalue, type Link, type SpaceOperation } from '../frontend/flowmodel.ts';
import { BuiltinExceptionClass, PyClass, PyFunction } from '../frontend/program.ts';
import type { Annotator } from './annotator.ts';
import { ClassDesc, type ClassDef } from './classdef.ts';
import { SomeBool, SomeInstance, SomePBC, SomeTuple, type SomeValue } from './model.ts';
import { implicitRaises } from './raisesops.ts';

type ClassSet = Set<ClassDef>;

/** Library functions whose own operations raise for their arguments' values, and what they raise. */
const LIBRARY_ARITHMETIC: Readonly<Record<string, readonly string[]>> = {
  builtin_sum: ['OverflowError'], // sum() of ints overflows as the program's `+` does
  str_repeat: ['OverflowError'], // the length of s * n
};

/** The implicit exceptions an operation of `graph` is listed with (see LIBRARY_ARITHMETIC). */
function trustedFilter(graph: FunctionGraph): (name: string) => boolean {
  const func = graph.func;
  if (!(func instanceof PyFunction) || !func.hidden) return () => true;
  const allowed = LIBRARY_ARITHMETIC[func.name] ?? [];
  return (name) => allowed.includes(name);
}

/** The result: exception classes by graph and by operation, sorted by name. */
export class Raises {
  private readonly ofGraph: ReadonlyMap<FunctionGraph, ClassSet>;
  private readonly ofOperation: ReadonlyMap<SpaceOperation, ClassSet>;
  /** Graphs on a cycle of calls (they may raise RecursionError). */
  readonly recursive: ReadonlySet<FunctionGraph>;

  constructor(ofGraph: ReadonlyMap<FunctionGraph, ClassSet>, ofOperation: ReadonlyMap<SpaceOperation, ClassSet>, recursive: ReadonlySet<FunctionGraph>) {
    this.ofGraph = ofGraph;
    this.ofOperation = ofOperation;
    this.recursive = recursive;
  }

  /** The classes `graph` can let escape to its caller. */
  ofFunction(graph: FunctionGraph): ClassDef[] {
    return sorted(this.ofGraph.get(graph));
  }

  /** The classes `op` can raise, before its block's handlers catch any. */
  ofOp(op: SpaceOperation): ClassDef[] {
    return sorted(this.ofOperation.get(op));
  }

  /** Their names, as `wyrm annotate` prints them (`ValueError`, `Tree.Empty`). */
  static names(classes: readonly ClassDef[]): string[] {
    return classes.map((c) => c.desc.displayName);
  }
}

function sorted(set: ClassSet | undefined): ClassDef[] {
  return [...(set ?? [])].sort((a, b) => (a.desc.displayName < b.desc.displayName ? -1 : a.desc.displayName > b.desc.displayName ? 1 : 0));
}

/** Analyses every graph the annotator reached. */
export function analyzeRaises(annotator: Annotator): Raises {
  return new RaisesAnalysis(annotator).run();
}

class RaisesAnalysis {
  private readonly annotator: Annotator;
  /** What each operation raises by itself (raisesops.ts), and the graphs it calls. */
  private readonly implicit = new Map<SpaceOperation, ClassSet>();
  private readonly callees = new Map<SpaceOperation, FunctionGraph[]>();
  private readonly callers = new Map<FunctionGraph, Set<FunctionGraph>>();
  /** Every exception class an instance of which the program can make. */
  private readonly universe: ClassSet = new Set();
  private readonly escapes = new Map<FunctionGraph, ClassSet>();
  private readonly ofOperation = new Map<SpaceOperation, ClassSet>();
  private recursive: Set<FunctionGraph> = new Set();

  constructor(annotator: Annotator) {
    this.annotator = annotator;
  }

  run(): Raises {
    const graphs = this.annotator.graphs;
    for (const graph of graphs) this.collect(graph);
    this.recursive = cyclicGraphs(graphs, (g) => this.calledBy(g));
    if (this.recursive.size > 0) this.universe.add(this.builtin('RecursionError'));
    const pending = [...graphs];
    const queued = new Set(pending);
    while (pending.length > 0) {
      const graph = pending.shift()!;
      queued.delete(graph);
      const escaping = this.analyzeGraph(graph, false);
      const old = this.escapes.get(graph);
      if (old && escaping.size === old.size) continue;
      this.escapes.set(graph, escaping);
      for (const caller of this.callers.get(graph) ?? []) {
        if (!queued.has(caller)) {
          queued.add(caller);
          pending.push(caller);
        }
      }
    }
    // Once more with the final sets, recording each operation's.
    for (const graph of graphs) this.analyzeGraph(graph, true);
    return new Raises(this.escapes, this.ofOperation, this.recursive);
  }

  /** The graphs the operations of `graph` call. */
  private calledBy(graph: FunctionGraph): FunctionGraph[] {
    return this.reachedBlocks(graph).flatMap((block) => this.reachedOps(block).flatMap((op) => this.callees.get(op) ?? []));
  }

  /** First pass: each operation's own exceptions, its callees, and the classes the program makes. */
  private collect(graph: FunctionGraph): void {
    const site = { graph, annotation: (value: Hlvalue) => this.annotator.annotation(value) };
    const listed = trustedFilter(graph);
    for (const block of this.reachedBlocks(graph)) {
      for (const op of this.reachedOps(block)) {
        const own = new Set(implicitRaises(op, site).filter(listed).map((name) => this.builtin(name)));
        this.implicit.set(op, own);
        for (const c of own) this.universe.add(c);
        for (const c of this.madeClasses(op)) if (c.desc.isExceptionClass()) this.universe.add(c);
        const targets = [...(this.annotator.callTargets.get(op)?.values() ?? [])];
        if (targets.length === 0) continue;
        this.callees.set(op, targets);
        for (const callee of targets) {
          let callers = this.callers.get(callee);
          if (!callers) this.callers.set(callee, (callers = new Set()));
          callers.add(graph);
        }
      }
    }
  }

  private reachedBlocks(graph: FunctionGraph): Block[] {
    return this.annotator.annotatedBlocks(graph).filter((block) => !block.isFinal);
  }

  /** The operations of `block` that run: up to one whose result is impossible (it never returns). */
  private reachedOps(block: Block): SpaceOperation[] {
    const blocked = this.annotator.blockedAt.get(block);
    return blocked === undefined ? block.operations : block.operations.slice(0, blocked + 1);
  }

  /** The classes whose instance `op` makes exactly (a call of a class, `raise Cls`), or null. */
  private madeClasses(op: SpaceOperation): ClassDef[] {
    const instantiates = op.opname === 'exc_instance' || op.opname === 'simple_call' || op.opname === 'call_args';
    if (!instantiates) return [];
    const s = this.annotator.annotation(op.args[0]!);
    if (!(s instanceof SomePBC) || s.descs.size === 0 || ![...s.descs].every((d) => d instanceof ClassDesc)) return [];
    return [...s.descs].map((d) => this.classdef(d as ClassDesc));
  }

  private classdef(desc: ClassDesc): ClassDef {
    return desc.classdef ?? this.annotator.bookkeeper.getClassDef(desc);
  }

  private classOf(cls: BuiltinExceptionClass | PyClass): ClassDef {
    return this.classdef(this.annotator.bookkeeper.getClassDesc(cls));
  }

  private builtin(name: string): ClassDef {
    const cls = BUILTIN_EXCEPTIONS.get(name);
    if (!cls) throw new Error(`no builtin exception class ${name}`);
    return this.classOf(cls);
  }

  /** A value of annotation `s` known only by its annotation: the classes it may belong to. */
  private possibleClasses(s: SomeValue): ClassSet {
    if (s instanceof SomeInstance) return new Set(s.classdef.descendants().filter((c) => this.universe.has(c)));
    if (s instanceof SomePBC) return new Set([...s.descs].filter((d) => d instanceof ClassDesc).map((d) => this.classdef(d as ClassDesc)));
    return new Set();
  }

  /**
   * Runs the exceptions through `graph` (a fixpoint over its blocks) and returns what escapes;
   * with `record`, also keeps what each operation raises.
   */
  private analyzeGraph(graph: FunctionGraph, record: boolean): ClassSet {
    const blocks = this.reachedBlocks(graph);
    const escaping: ClassSet = new Set(this.recursive.has(graph) ? [this.builtin('RecursionError')] : []);
    // The classes held by the variables exceptions flow through (block inputs, caught exceptions)
    // and by the results of the operations that make or pass on exceptions.
    const flowing = new Map<Variable, ClassSet>();
    const made = new Map<Variable, ClassSet>();
    const flowVars = new Set<Variable>();
    for (const block of blocks) {
      if (block !== graph.startblock) for (const v of block.inputargs) flowVars.add(v);
      for (const link of block.exits) for (const v of link.extravars()) flowVars.add(v);
    }
    const classesOf = (value: Hlvalue): ClassSet => {
      if (value instanceof Constant) {
        const v = value.value;
        return v instanceof BuiltinExceptionClass || v instanceof PyClass ? new Set([this.classOf(v)]) : new Set();
      }
      if (flowVars.has(value)) return flowing.get(value) ?? new Set();
      return made.get(value) ?? this.possibleClasses(this.annotator.annotation(value));
    };
    const flowInto = (v: Variable, classes: Iterable<ClassDef>): boolean => {
      let set = flowing.get(v);
      if (!set) flowing.set(v, (set = new Set()));
      const before = set.size;
      for (const c of classes) set.add(c);
      return set.size !== before;
    };

    let changed = true;
    while (changed) {
      changed = false;
      for (const block of blocks) {
        const ops = this.reachedOps(block);
        for (const op of ops) {
          const exact = this.passedOn(op, classesOf);
          if (exact) made.set(op.result, exact);
          const raised = this.raisedBy(op, classesOf);
          if (record) this.ofOperation.set(op, raised);
          const handled = op === block.raisingOp() && ops.length === block.operations.length;
          const uncaught = handled ? this.catch(block, raised, flowInto, () => (changed = true)) : raised;
          for (const c of uncaught) escaping.add(c);
        }
        // Past an operation that never returns, only its handlers are taken.
        const completed = !this.annotator.blockedAt.has(block);
        const handlersReached = ops.length === block.operations.length;
        for (const link of block.exits) {
          const isHandler = link.exitcase !== null && block.canRaise();
          if (!(isHandler ? handlersReached : completed) || !this.taken(block, link)) continue;
          if (this.flowAlong(graph, link, classesOf, flowInto, escaping)) changed = true;
        }
      }
    }
    return escaping;
  }

  /** `exc_instance` and `declare` pass on their argument's classes; a call of classes makes them. */
  private passedOn(op: SpaceOperation, classesOf: (value: Hlvalue) => ClassSet): ClassSet | null {
    const made = this.madeClasses(op);
    if (made.length > 0) return new Set(made);
    if (op.opname === 'exc_instance' || op.opname === 'declare') return classesOf(op.args[0]!);
    return null;
  }

  private raisedBy(op: SpaceOperation, classesOf: (value: Hlvalue) => ClassSet): ClassSet {
    const raised = new Set(this.implicit.get(op) ?? []);
    for (const callee of this.callees.get(op) ?? []) for (const c of this.escapes.get(callee) ?? []) raised.add(c);
    if (op.opname === 'raise' || op.opname === 'reraise') for (const c of classesOf(op.args[0]!)) raised.add(c);
    return raised;
  }

  /**
   * The exception exits of `block` catch, in order, what `raised` holds of their class and its
   * subclasses, and hand it to the handler's variables; returns what none of them catches.
   */
  private catch(block: Block, raised: ClassSet, flowInto: (v: Variable, classes: Iterable<ClassDef>) => boolean, changed: () => void): ClassSet {
    let remaining = [...raised];
    for (const link of block.exits) {
      if (link.exitcase === null) continue;
      const handler = this.classOf(link.exitcase as BuiltinExceptionClass);
      const caught = remaining.filter((c) => c.isSubclassOf(handler));
      remaining = remaining.filter((c) => !c.isSubclassOf(handler));
      for (const v of link.extravars()) if (flowInto(v, caught)) changed();
    }
    return new Set(remaining);
  }

  /** Whether the annotator followed `link` (a switch on a constant follows one exit). */
  private taken(block: Block, link: Link): boolean {
    if (!link.target.isFinal && !this.annotator.isAnnotated(link.target)) return false;
    const switchValue = block.exitswitch;
    if (!(switchValue instanceof Variable) || link.exitcase === null) return true;
    const s = this.annotator.annotation(switchValue);
    return !(s instanceof SomeBool && s.isConstant && link.exitcase !== s.constValue);
  }

  /**
   * Passes the classes of `link`'s arguments to its target's inputs (narrowed by an except
   * clause's test); into the except block, they escape. Returns whether an input grew.
   */
  private flowAlong(
    graph: FunctionGraph,
    link: Link,
    classesOf: (value: Hlvalue) => ClassSet,
    flowInto: (v: Variable, classes: Iterable<ClassDef>) => boolean,
    escaping: ClassSet,
  ): boolean {
    if (link.target === graph.exceptblock) {
      for (const c of classesOf(link.args[1]!)) escaping.add(c);
      return false;
    }
    if (link.target.isFinal) return false;
    const narrowing = this.exceptClause(link);
    let changed = false;
    link.args.forEach((arg, i) => {
      const input = link.target.inputargs[i]!;
      if (!mayHoldException(this.annotator.annotation(input))) return;
      let classes = classesOf(arg);
      if (narrowing && arg === narrowing.subject) classes = new Set([...classes].filter((c) => narrowing.keeps(c)));
      if (flowInto(input, classes)) changed = true;
    });
    return changed;
  }

  /** On an exit of a switch on `exc_match(e, C)`: e, and which of its classes the exit keeps. */
  private exceptClause(link: Link): { subject: Hlvalue; keeps: (c: ClassDef) => boolean } | null {
    const block = link.prevblock;
    const switchValue = block?.exitswitch;
    if (!block || !(switchValue instanceof Variable) || typeof link.exitcase !== 'boolean') return null;
    const test = block.operations.find((op) => op.result === switchValue);
    if (!test || test.opname !== 'exc_match') return null;
    const clauses = this.annotator.annotation(test.args[1]!);
    const named = (clauses instanceof SomeTuple ? clauses.items : [clauses]).flatMap((s) => [...this.possibleClasses(s)]);
    const matches = (c: ClassDef): boolean => named.some((n) => c.isSubclassOf(n));
    return { subject: test.args[0]!, keeps: (c) => matches(c) === link.exitcase };
  }
}

/** Annotations of values that may be exceptions or exception classes. */
function mayHoldException(s: SomeValue): boolean {
  if (s instanceof SomeInstance) return s.classdef.desc.isExceptionClass() || s.classdef.descendants().some((c) => c.desc.isExceptionClass());
  if (s instanceof SomePBC) return [...s.descs].some((d) => d instanceof ClassDesc);
  return false;
}

/** The graphs on a cycle of calls (Tarjan's strongly connected components). */
function cyclicGraphs(graphs: readonly FunctionGraph[], calls: (g: FunctionGraph) => FunctionGraph[]): Set<FunctionGraph> {
  const index = new Map<FunctionGraph, number>();
  const low = new Map<FunctionGraph, number>();
  const stack: FunctionGraph[] = [];
  const onStack = new Set<FunctionGraph>();
  const cyclic = new Set<FunctionGraph>();
  const edges = new Map(graphs.map((g) => [g, calls(g)]));
  let counter = 0;
  const visit = (root: FunctionGraph): void => {
    // Iterative, so that deep call chains do not exhaust the JavaScript stack.
    const work: { graph: FunctionGraph; next: number }[] = [{ graph: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.graph) ?? [];
      if (frame.next < out.length) {
        const callee = out[frame.next++]!;
        if (callee === frame.graph) cyclic.add(callee);
        if (!index.has(callee)) {
          index.set(callee, counter);
          low.set(callee, counter++);
          stack.push(callee);
          onStack.add(callee);
          work.push({ graph: callee, next: 0 });
        } else if (onStack.has(callee)) {
          low.set(frame.graph, Math.min(low.get(frame.graph)!, index.get(callee)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.graph, Math.min(low.get(parent.graph)!, low.get(frame.graph)!));
      if (low.get(frame.graph) === index.get(frame.graph)) {
        const component: FunctionGraph[] = [];
        let member: FunctionGraph;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.graph);
        if (component.length > 1) for (const g of component) cyclic.add(g);
      }
    }
  };
  for (const graph of graphs) if (!index.has(graph)) visit(graph);
  return cyclic;
}
