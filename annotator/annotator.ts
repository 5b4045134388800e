// The annotator: whole-program type inference from the entry point, to a fixpoint.
//
// As RPython's annrpython.py: blocks wait in a pending list with the annotations of the values
// arriving on their input variables. Annotating a block ("flowing in") computes an annotation
// for every operation's result and sends the annotations of each exit's arguments on to the
// target block, whose inputs are widened by union(). A block whose inputs widen is annotated
// again; so is every block that read something that widened since (a list's item type, a module
// variable, a called function's return value). Annotations only grow and the lattice has no
// infinite ascending chains, so the process stops.
//
// An operation whose result is impossible (a call to a function that never returns, a read of
// a variable that is never bound) stops its block there: the rest is unreachable for now and is
// annotated if the operation later produces a value.

import { Block, Constant, FunctionGraph, Link, Variable, type Hlvalue, type SpaceOperation } from '../frontend/flowmodel.ts';
import type { FunctionDesc } from './description.ts';
import { checkGraph } from '../frontend/checkgraph.ts';
import { CompileError, compileError, type Diagnostic, type Note } from '../diagnostics/diagnostic.ts';
import { Diag } from '../diagnostics/catalog.ts';
import { at } from '../diagnostics/whereabouts.ts';
import { closestName } from '../diagnostics/suggest.ts';
import { Bookkeeper, UnrepresentableConstant } from './bookkeeper.ts';
import { SomeBool, SomeFloat, SomeInteger, SomeNone, SomeInstance, SomePBC, s_ImpossibleValue, isImpossible, type Narrowing, type SomeValue } from './model.ts';
import { PyFunction, type BuiltinExceptionClass } from '../frontend/program.ts';
import { siteOf, sourceOfGraph, type Position, type Reflower, type Site } from './position.ts';
import { annotationEquals, union, UnionError } from './union.ts';
import { considerOperation } from './ops/registry.ts';
import { describeSite, typeConflictError } from './errors.ts';

/** A hint for the usual type conflicts. */
function conflictAdvice(a: SomeValue, b: SomeValue): string {
  const isNumber = (s: SomeValue): boolean => s instanceof SomeInteger || s instanceof SomeFloat;
  if ((a instanceof SomeNone && isNumber(b)) || (b instanceof SomeNone && isNumber(a))) {
    return " (ints and floats cannot be None in Wyrm: keep a separate flag, or a sentinel value such as -1)";
  }
  if ((a instanceof SomeFloat && b instanceof SomeInteger) || (b instanceof SomeFloat && a instanceof SomeInteger)) {
    return ' (an int and a float print differently: write the int as a float, e.g. 0.0 instead of 0)';
  }
  return '';
}

export class Annotator implements Reflower {
  readonly bookkeeper: Bookkeeper;
  /** Every graph reached from the entry points, in the order they were reached. */
  readonly graphs: FunctionGraph[] = [];
  /** Blocks annotated at least once, with their graph. */
  readonly annotated = new Map<Block, FunctionGraph>();
  /** Blocks whose annotation stopped at an operation with an impossible result: its index. */
  readonly blockedAt = new Map<Block, number>();
  /** Where each variable's annotation first came from, for conflict messages. */
  readonly origins = new Map<Variable, Site>();
  private readonly pending: Block[] = [];
  private readonly pendingGraph = new Map<Block, FunctionGraph>();
  /** Operations waiting for the fixpoint before they choose (see deferUntilSettled). */
  private readonly deferred = new Map<SpaceOperation, Position>();
  private readonly settled = new Set<SpaceOperation>();
  private readonly returnReaders = new Map<FunctionGraph, Set<Position>>();
  private readonly knownGraphs = new Set<FunctionGraph>();
  /** Functions called together by one call (a virtual method call): they share a signature. */
  private readonly families: FunctionDesc[][] = [];
  private readonly familyKeys = new Set<string>();
  /** The graph each call operation reaches, per function it may call (the latest choice). */
  readonly callTargets = new Map<SpaceOperation, Map<FunctionDesc, FunctionGraph>>();

  /**
   * With --keep-going: how many errors to collect before stopping (0: stop at the first). A
   * block whose operation fails stops there, as if the operation never returned, so the errors
   * that follow from it are mostly not reported again.
   */
  keepGoing = 0;
  private readonly errors: Diagnostic[] = [];
  private readonly errorKeys = new Set<string>();

  constructor() {
    this.bookkeeper = new Bookkeeper(this);
  }

  /** With --keep-going: the values (and graphs) that are impossible because of an error. */
  private readonly erroredValues = new Set<Hlvalue>();
  private readonly erroredGraphs = new Set<FunctionGraph>();

  /**
   * After annotation: an attribute that the program reads but never sets is an error (the read
   * would otherwise stop its code silently: nothing could ever be read).
   */
  checkAttributesSet(): void {
    for (const classdef of this.bookkeeper.allClassDefs()) {
      for (const attr of classdef.attrs.values()) {
        if (!attr.firstRead || !isImpossible(attr.value) || attr.owner !== classdef) continue;
        // The flow builder's own attributes (a generator's saved variables, named '.y1 x') are
        // read only after they are set: one never set is read by code that never runs.
        if (attr.name.startsWith('.')) continue;
        // e.args of an exception class never made: the code that reads it never runs.
        if (attr.name === 'args' && classdef.desc.isExceptionClass()) continue;
        // No instance of the class or its subclasses is ever made (an exception class that is
        // caught but never raised): the code that reads the attribute never runs.
        if (!classdef.desc.isBuiltin && classdef.descendants().every((c) => !c.instantiated && !c.desc.isBuiltin)) continue;
        // A class attribute (or method) of the class, a base or a subclass is read instead.
        if ([...classdef.ancestors(), ...classdef.descendants()].some((c) => c.desc.ownMember(attr.name))) continue;
        const known = [...new Set(classdef.ancestors().flatMap((c) => [...c.attrs.values()].filter((a) => !isImpossible(a.value)).map((a) => a.name)))];
        const suggestion = closestName(attr.name, known);
        const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
        const error = compileError(Diag.UndefinedAttribute, `'${classdef.name}' object has no attribute '${attr.name}' (no code sets it)${hint}`, attr.firstRead.source, attr.firstRead.span);
        if (!this.collect(error)) throw error;
      }
    }
    if (this.errors.length > 0) throw new CompileError(this.sortedErrors());
  }

  /** The collected errors in the order of the program's text. */
  private sortedErrors(): Diagnostic[] {
    return [...this.errors].sort((a, b) => a.source.path.localeCompare(b.source.path) || a.span.start - b.span.start);
  }

  /** A graph with an error: its callers, stopped at the call, go on checking after it. */
  private markErrored(graph: FunctionGraph): void {
    if (this.erroredGraphs.has(graph)) return;
    this.erroredGraphs.add(graph);
    for (const reader of this.returnReaders.get(graph) ?? []) this.reflow(reader);
  }

  /** Whether an operation's impossible result comes from an error, not from code that stops. */
  private followsFromError(op: SpaceOperation): boolean {
    if (this.erroredValues.has(op.result) || op.args.some((a) => this.erroredValues.has(a))) return true;
    const targets = this.callTargets.get(op);
    return targets !== undefined && [...targets.values()].some((g) => this.erroredGraphs.has(g));
  }

  /** Records the diagnostics of `error` (a CompileError) to report at the end; false: rethrow. */
  private collect(error: unknown): boolean {
    if (this.keepGoing <= 0 || !(error instanceof CompileError)) return false;
    for (const d of error.diagnostics) {
      const key = `${d.source.path}:${d.span.start}:${d.message}`;
      if (this.errorKeys.has(key)) continue;
      this.errorKeys.add(key);
      this.errors.push(d);
    }
    if (this.errors.length >= this.keepGoing) throw new CompileError(this.sortedErrors());
    return true;
  }

  /** Annotates the program from `graph`, called with arguments of the given annotations. */
  annotateEntry(graph: FunctionGraph, inputs: readonly SomeValue[]): void {
    this.addGraph(graph);
    this.addPendingBlock(graph, graph.startblock, inputs, null);
    this.complete();
  }

  private addGraph(graph: FunctionGraph): void {
    if (this.knownGraphs.has(graph)) return;
    this.knownGraphs.add(graph);
    this.graphs.push(graph);
  }

  /** The annotation of a value: a variable's binding, or a constant's. */
  annotation(value: Hlvalue): SomeValue {
    if (value instanceof Constant) {
      if (value.annotation === null) value.annotation = this.bookkeeper.immutableValue(value.value);
      return value.annotation as SomeValue;
    }
    return (value.annotation as SomeValue | null) ?? s_ImpossibleValue;
  }

  setBinding(v: Variable, s: SomeValue): void {
    v.annotation = s;
  }

  /**
   * Whether the operation must choose now. An operation whose choice depends on a type still
   * impossible (sum() of a list no code has filled yet: its items may turn out int or float)
   * returns impossible and waits; once nothing else is pending it runs again and must choose,
   * so that the choice stays monotonic (a list that stays empty sums to the int 0).
   */
  deferUntilSettled(op: SpaceOperation, position: Position): boolean {
    if (this.settled.has(op)) return false;
    this.deferred.set(op, position);
    return true;
  }

  private settleDeferred(): void {
    for (const [op, position] of this.deferred) {
      this.settled.add(op);
      this.reflow(position);
    }
    this.deferred.clear();
  }

  reflow(position: Position): void {
    this.schedule(position.graph, position.block);
  }

  private schedule(graph: FunctionGraph, block: Block): void {
    if (this.pendingGraph.has(block)) return;
    this.pendingGraph.set(block, graph);
    this.pending.push(block);
  }

  /**
   * A call from `caller` to `graph` with these parameter annotations: widens the graph's inputs
   * and returns what it returns so far (impossible until a return has been annotated).
   */
  recursiveCall(graph: FunctionGraph, caller: Position, inputs: readonly SomeValue[]): SomeValue {
    this.addGraph(graph);
    this.addPendingBlock(graph, graph.startblock, inputs, null, caller);
    let readers = this.returnReaders.get(graph);
    if (!readers) {
      readers = new Set();
      this.returnReaders.set(graph, readers);
    }
    readers.add(caller);
    return this.annotation(graph.getReturnVar());
  }

  recordCallTarget(op: SpaceOperation, desc: FunctionDesc, graph: FunctionGraph): void {
    let targets = this.callTargets.get(op);
    if (!targets) {
      targets = new Map();
      this.callTargets.set(op, targets);
    }
    targets.set(desc, graph);
  }

  /** Merges annotations arriving at `block` into its inputs and schedules it if they widened. */
  addPendingBlock(graph: FunctionGraph, block: Block, cells: readonly SomeValue[], link: Link | null, caller?: Position): void {
    let changed = !this.annotated.has(block) && !block.isFinal;
    block.inputargs.forEach((v, i) => {
      const old = this.annotation(v);
      const incoming = cells[i]!;
      let merged: SomeValue;
      try {
        merged = union(old, incoming);
      } catch (error) {
        if (error instanceof UnionError) throw this.inputConflict(graph, block, v, old, incoming, link, caller);
        throw error;
      }
      if (!annotationEquals(merged, old)) {
        this.setBinding(v, merged);
        if (!this.origins.has(v) || isImpossible(old)) this.origins.set(v, this.linkSite(graph, link, i, caller));
        changed = true;
      }
    });
    if (block === graph.returnblock) {
      if (changed) for (const reader of this.returnReaders.get(graph) ?? []) this.reflow(reader);
      return;
    }
    if (block.isFinal) return;
    if (changed) this.schedule(graph, block);
  }

  recordFamily(members: FunctionDesc[]): void {
    const key = members.map((m) => m.func.qualname).sort().join('|');
    if (this.familyKeys.has(key)) return;
    this.familyKeys.add(key);
    this.families.push(members);
  }

  /** Runs until no block is pending and every call family shares one signature. */
  complete(): void {
    do {
      while (this.pending.length > 0) {
        const block = this.pending.shift()!;
        const graph = this.pendingGraph.get(block)!;
        this.pendingGraph.delete(block);
        this.flowIn(graph, block);
      }
      try {
        this.normalizeFamilies();
      } catch (error) {
        if (!this.collect(error)) throw error;
      }
      if (this.pending.length === 0) this.settleDeferred();
    } while (this.pending.length > 0);
    if (this.errors.length > 0) throw new CompileError(this.sortedErrors());
  }

  /**
   * Widens the parameters (other than self) of the implementations called together, so that
   * one wasm signature serves a virtual call, as RPython's normalizecalls does.
   */
  private normalizeFamilies(): void {
    for (const family of this.families) {
      const graphs = family.map((desc) => desc.graphs[0]).filter((g): g is FunctionGraph => g !== undefined);
      if (graphs.length < 2) continue;
      const arity = graphs[0]!.startblock.inputargs.length;
      if (graphs.some((g) => g.startblock.inputargs.length !== arity)) {
        const site = sourceOfGraph(graphs[0]!);
        throw compileError(Diag.BadCall, `the methods ${family.map((d) => d.displayName).join(', ')} are called at one place but take different numbers of arguments`, site, graphs[0]!.span ?? { start: 0, length: 0 });
      }
      for (let i = 1; i < arity; i++) {
        let merged: SomeValue = s_ImpossibleValue;
        for (const g of graphs) merged = union(merged, this.annotation(g.startblock.inputargs[i]!));
        for (const g of graphs) {
          const cells = g.startblock.inputargs.map((v, k) => (k === i ? merged : this.annotation(v)));
          this.addPendingBlock(g, g.startblock, cells, null);
        }
      }
    }
  }

  private flowIn(graph: FunctionGraph, block: Block): void {
    this.annotated.set(block, graph);
    this.blockedAt.delete(block);
    const ops = block.operations;
    for (let index = 0; index < ops.length; index++) {
      const op = ops[index]!;
      const position: Position = { graph, block, index };
      let result: SomeValue;
      try {
        result = this.consider(position);
      } catch (caught) {
        const error = this.atProgramCall(graph, caught);
        if (!this.collect(error)) throw error;
        result = s_ImpossibleValue;
        this.markErrored(graph);
        this.erroredValues.add(op.result);
      }
      if (isImpossible(result) && this.keepGoing > 0 && this.followsFromError(op)) {
        // With --keep-going the rest of the block is still checked: an error here says nothing
        // about the statements after it (the values that depend on it are skipped).
        this.erroredValues.add(op.result);
        this.markErrored(graph);
        op.result.annotation = null;
        continue;
      }
      if (isImpossible(result)) {
        op.result.annotation = null;
        this.blockedAt.set(block, index);
        // A raising operation that never returns normally can still raise into its handlers.
        if (index === ops.length - 1 && block.canRaise()) this.followExceptionLinks(graph, block);
        return;
      }
      this.setBinding(op.result, result);
      if (!this.origins.has(op.result) && op.span) this.origins.set(op.result, siteOf(position));
    }
    try {
      this.followLinks(graph, block);
    } catch (caught) {
      const error = this.atProgramCall(graph, caught);
      if (!this.collect(error)) throw error;
    }
  }

  /**
   * An error inside the runtime library (runtime/lib) is the program's: `sorted(5)` fails in the
   * library's loop over its argument. It is reported at the call of the program's that led
   * there, the nearest one up the callers of the library's graph.
   */
  private atProgramCall(graph: FunctionGraph, error: unknown): unknown {
    const isLibrary = (g: FunctionGraph): boolean => g.func instanceof PyFunction && g.func.hidden;
    if (!(error instanceof CompileError) || !isLibrary(graph)) return error;
    const seen = new Set<FunctionGraph>([graph]);
    const queue = [graph];
    while (queue.length > 0) {
      for (const caller of this.returnReaders.get(queue.shift()!) ?? []) {
        if (!isLibrary(caller.graph)) {
          const site = siteOf(caller);
          return new CompileError(error.diagnostics.map((d) => ({ ...d, source: site.source, span: site.span, notes: [] })));
        }
        if (!seen.has(caller.graph)) {
          seen.add(caller.graph);
          queue.push(caller.graph);
        }
      }
    }
    return error;
  }

  private consider(position: Position): SomeValue {
    const op = position.block.operations[position.index]!;
    at(position.graph.name.replace(/\[.*$/, ''), sourceOfGraph(position.graph), op.span);
    try {
      const args = op.args.map((arg) => this.annotation(arg));
      return considerOperation(this, position, op, args);
    } catch (error) {
      if (error instanceof UnrepresentableConstant) {
        const site = siteOf(position);
        throw compileError(Diag.UnsupportedOperation, error.message, site.source, site.span);
      }
      throw error;
    }
  }

  private followLinks(graph: FunctionGraph, block: Block): void {
    const switchValue = block.exitswitch;
    if (block.canRaise()) {
      if (block.exits[0]!.exitcase === null) this.followLink(graph, block.exits[0]!);
      this.followExceptionLinks(graph, block);
      return;
    }
    if (switchValue === null) {
      for (const link of block.exits) this.followLink(graph, link);
      return;
    }
    const s = this.annotation(switchValue as Hlvalue);
    for (const link of block.exits) {
      // A switch on a constant follows only the exit it selects (constant folding of branches).
      if (s.isConstant && s instanceof SomeBool && link.exitcase !== null && link.exitcase !== s.constValue) continue;
      const narrowing = s instanceof SomeBool ? (link.exitcase === true ? s.ifTrue : link.exitcase === false ? s.ifFalse : null) : null;
      this.followLink(graph, link, narrowing);
    }
  }

  private followExceptionLinks(graph: FunctionGraph, block: Block): void {
    for (const link of block.exits) {
      if (link.exitcase === null) continue;
      const desc = this.bookkeeper.getClassDesc(link.exitcase as BuiltinExceptionClass);
      if (link.lastException) this.setBinding(link.lastException, new SomePBC([desc]));
      if (link.lastExcValue) this.setBinding(link.lastExcValue, new SomeInstance(this.bookkeeper.getClassDef(desc)));
      this.followLink(graph, link);
    }
  }

  private followLink(graph: FunctionGraph, link: Link, narrowing: Narrowing | null = null): void {
    const cells = link.args.map((arg) => renamedNarrowing((arg instanceof Variable ? narrowing?.get(arg) : undefined) ?? this.annotation(arg), link));
    if (link.target === graph.exceptblock) return; // exceptions are typed by the lowering
    this.addPendingBlock(graph, link.target, cells, link);
  }

  /** Where the value carried by `link`'s i-th argument was computed. */
  private linkSite(graph: FunctionGraph, link: Link | null, i: number, caller?: Position): Site {
    const source = sourceOfGraph(graph);
    if (caller) return siteOf(caller);
    if (!link) return { source, span: graph.span ?? { start: 0, length: 0 } };
    const arg = link.args[i];
    const assigned = link.argSpans?.[i];
    if (arg instanceof Constant && assigned) return { source, span: assigned };
    if (arg instanceof Variable) {
      const defining = link.prevblock?.operations.find((op) => op.result === arg);
      if (defining?.span) return { source, span: defining.span };
      const origin = this.origins.get(arg);
      if (origin) return origin;
    }
    return { source, span: link.span ?? link.prevblock?.operations.at(-1)?.span ?? graph.span ?? { start: 0, length: 0 } };
  }

  private inputConflict(
    graph: FunctionGraph,
    block: Block,
    v: Variable,
    old: SomeValue,
    incoming: SomeValue,
    link: Link | null,
    caller?: Position,
  ): CompileError {
    const index = block.inputargs.indexOf(v);
    // A return of a value computed elsewhere (a parameter) is reported at its return statement,
    // not where the value came from; a computed one at the expression.
    const arg = link?.args[index];
    const computedHere = arg instanceof Variable && link?.prevblock?.operations.some((op) => op.result === arg);
    const returning = block === graph.returnblock && link?.span && arg instanceof Variable && !computedHere;
    const here = returning ? { source: sourceOfGraph(graph), span: link!.span! } : this.linkSite(graph, link, index, caller);
    const before = this.origins.get(v) ?? here;
    if (block === graph.returnblock) {
      return typeConflictError(Diag.ReturnConflict, `${graph.name}() returns ${incoming} here, but ${old} elsewhere`, here, [
        { message: `returns ${old} here`, ...describeSite(before) },
      ]);
    }
    const named = !(v.nameHint.startsWith('.') || v.nameHint === 'v');
    const what = caller ? `argument ${named ? `'${v.nameHint}'` : ''} of ${graph.name}()`.replace('argument  of', 'an argument of') : named ? `variable '${v.nameHint}'` : 'a value';
    const notes: Note[] = [{ message: `${what} is ${old} from here`, ...describeSite(before) }];
    return typeConflictError(Diag.TypeConflict, `${what} is ${incoming} here but ${old} elsewhere; Wyrm needs one type for it${conflictAdvice(old, incoming)}`, here, notes);
  }

  /** Checks every annotated graph against the flow model's invariants. */
  checkAll(): void {
    for (const graph of this.graphs) checkGraph(graph);
  }

  /** The blocks of `graph` that were annotated, in graph order. */
  annotatedBlocks(graph: FunctionGraph): Block[] {
    return graph.iterblocks().filter((b) => this.annotated.has(b));
  }

  isAnnotated(block: Block): boolean {
    return this.annotated.has(block);
  }
}

/**
 * A bool carried by `link` with what its truth says of other variables: those variables renamed
 * to the target block's inputs they arrive as (the ones the link does not carry are dropped), as
 * RPython renames knowntypedata. Without it, a test whose result crosses a block boundary before
 * the branch (an `if isinstance(x, C)` in a try body, where the call ends its block) narrowed
 * nothing.
 */
function renamedNarrowing(cell: SomeValue, link: Link): SomeValue {
  if (!(cell instanceof SomeBool) || (cell.ifTrue === null && cell.ifFalse === null)) return cell;
  const rename = (narrowing: Narrowing | null): Narrowing | null => {
    if (narrowing === null) return null;
    const renamed = new Map<Variable, SomeValue>();
    link.args.forEach((arg, i) => {
      const s = arg instanceof Variable ? narrowing.get(arg) : undefined;
      if (s !== undefined) renamed.set(link.target.inputargs[i]!, s);
    });
    return renamed.size > 0 ? renamed : null;
  };
  return new SomeBool(cell.isConstant ? (cell.constValue as boolean) : undefined, { ifTrue: rename(cell.ifTrue), ifFalse: rename(cell.ifFalse) });
}
