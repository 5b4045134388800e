// The flow-graph data model shared by every phase, after RPython's flowspace/model.py.
//
// A function becomes a FunctionGraph: Blocks of SpaceOperations in SSA form. Values cross block
// boundaries only as Link arguments bound to the target Block's input variables (no phi nodes).
// Each graph owns one return block (one input: the returned value) and one except block (two
// inputs: the exception's class and its value). Later phases write their results onto the same
// objects: the annotator sets Variable.annotation, the lowering sets Variable.concretetype.

import type { Span } from './source.ts';

/** A value whose Python type the annotator infers; the lowering gives it a concrete type. */
export class Variable {
  /** A hint for printing: the Python local the variable holds, or 'v'. */
  readonly nameHint: string;
  /** Set by the annotator (an annotator/model.ts SomeValue). */
  annotation: unknown = null;
  /** Set by the lowering (a backend low-level type). */
  concretetype: unknown = null;

  constructor(nameHint = 'v') {
    this.nameHint = nameHint;
  }

  /** A fresh variable with the same name hint, for copies and renamings. */
  copy(): Variable {
    return new Variable(this.nameHint);
  }
}

/** A value known when the graph is built: a Python constant, a function, a class, a module. */
export class Constant {
  readonly value: unknown;
  annotation: unknown = null;
  concretetype: unknown = null;

  constructor(value: unknown) {
    this.value = value;
  }
}

export type Hlvalue = Variable | Constant;

/** The marker placed in Block.exitswitch when the block's last operation can raise. */
export const LAST_EXCEPTION = new Constant(Symbol('last_exception'));

/** The value of a local that may not have been assigned on some path into a block. */
export const UNDEFINED = Symbol('undefined');

export class SpaceOperation {
  readonly opname: string;
  args: Hlvalue[];
  result: Variable;
  /** Where in the Python source this operation comes from. */
  span: Span | null;
  /** The source of each argument, when recorded (calls), for messages about one argument. */
  argSpans: (Span | null)[] | null = null;
  /**
   * A call whose result a `for` loop only iterates (`for line in text.split("\n"):`): nothing
   * else can see it, so the annotator may give an iterator instead of a list
   * (annotator/ops/strsplit.ts).
   */
  resultOnlyIterated = false;

  constructor(opname: string, args: Hlvalue[], result: Variable, span: Span | null) {
    this.opname = opname;
    this.args = args;
    this.result = result;
    this.span = span;
  }
}

export class Link {
  args: Hlvalue[];
  target: Block;
  /**
   * Which exit this is. null for the single exit of an unconditional block and for the normal
   * exit of a raising block; true/false (or another constant) for a switch; an exception class
   * for an exception exit.
   */
  exitcase: unknown;
  prevblock: Block | null = null;
  /** For exception exits: the caught exception's class and value, usable in `args`. */
  lastException: Variable | null = null;
  lastExcValue: Variable | null = null;
  /** The source construct that made this edge (an assignment, a return...), for provenance. */
  span: Span | null;
  /** Where each argument's value was assigned, when known (for messages about conflicts). */
  argSpans: (Span | null)[] | null = null;

  constructor(args: Hlvalue[], target: Block, exitcase: unknown = null, span: Span | null = null) {
    this.args = args;
    this.target = target;
    this.exitcase = exitcase;
    this.span = span;
  }

  /** Variables bound by this link itself (the exception pair), beyond those of prevblock. */
  extravars(): Variable[] {
    const vars: Variable[] = [];
    if (this.lastException) vars.push(this.lastException);
    if (this.lastExcValue) vars.push(this.lastExcValue);
    return vars;
  }
}

export class Block {
  inputargs: Variable[];
  operations: SpaceOperation[] = [];
  /** null: one unconditional exit; a value: switch on it; LAST_EXCEPTION: the last op can raise. */
  exitswitch: Hlvalue | null = null;
  exits: Link[] = [];
  /** Set on the graph's return and except blocks. */
  isFinal = false;

  constructor(inputargs: Variable[]) {
    this.inputargs = inputargs;
  }

  canRaise(): boolean {
    return this.exitswitch === LAST_EXCEPTION;
  }

  /** The operation whose exceptions the exception exits catch. */
  raisingOp(): SpaceOperation | null {
    return this.canRaise() ? (this.operations[this.operations.length - 1] ?? null) : null;
  }

  closeBlock(...exits: Link[]): void {
    if (this.exits.length > 0) throw new Error('block already closed');
    for (const link of exits) link.prevblock = this;
    this.exits = exits;
  }

  /** Replace the exits of an already closed block. */
  recloseBlock(...exits: Link[]): void {
    this.exits = [];
    this.closeBlock(...exits);
  }
}

export class FunctionGraph {
  name: string;
  startblock: Block;
  readonly returnblock: Block;
  readonly exceptblock: Block;
  /** The source span of the definition (the `def` line), for messages and tracebacks. */
  span: Span | null;
  /** Whatever the builder attaches to identify the Python function (its description). */
  func: unknown = null;

  constructor(name: string, startblock: Block, span: Span | null = null) {
    this.name = name;
    this.startblock = startblock;
    this.span = span;
    this.returnblock = new Block([new Variable('result')]);
    this.returnblock.isFinal = true;
    this.exceptblock = new Block([new Variable('etype'), new Variable('evalue')]);
    this.exceptblock.isFinal = true;
  }

  getReturnVar(): Variable {
    return this.returnblock.inputargs[0]!;
  }

  /** All blocks reachable from the start block, in depth-first order, the start block first. */
  iterblocks(): Block[] {
    const seen = new Set<Block>([this.startblock]);
    const order: Block[] = [];
    const stack = [this.startblock];
    while (stack.length > 0) {
      const block = stack.pop()!;
      order.push(block);
      for (let i = block.exits.length - 1; i >= 0; i--) {
        const target = block.exits[i]!.target;
        if (!seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      }
    }
    return order;
  }

  iterlinks(): Link[] {
    return this.iterblocks().flatMap((block) => block.exits);
  }

  iteroperations(): SpaceOperation[] {
    return this.iterblocks().flatMap((block) => block.operations);
  }
}
