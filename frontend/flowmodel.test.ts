// Unit tests of the flow-graph data model (flowmodel.ts) on graphs built by hand: what a new
// FunctionGraph owns, how blocks are closed and linked, which exits bind exception variables,
// and the order in which iterblocks/iterlinks/iteroperations visit a graph. Every phase walks
// graphs with these, so their order and their treatment of unreachable blocks must be pinned down.

import { describe, expect, it } from 'vitest';
import { Block, Constant, FunctionGraph, LAST_EXCEPTION, Link, SpaceOperation, UNDEFINED, Variable } from './flowmodel.ts';

/** Appends `opname(args)` to `block` and returns its result. */
function op(block: Block, opname: string, args: (Variable | Constant)[], hint = 'v'): Variable {
  const result = new Variable(hint);
  block.operations.push(new SpaceOperation(opname, args, result, null));
  return result;
}

describe('Variable and Constant', () => {
  it('copies a variable as a fresh variable with the same name hint', () => {
    const v = new Variable('count');
    const copy = v.copy();
    expect(copy).not.toBe(v);
    expect(copy.nameHint).toBe('count');
    expect(new Variable().nameHint).toBe('v');
  });

  it('starts without annotation or concrete type', () => {
    const v = new Variable('x');
    const c = new Constant(3n);
    expect([v.annotation, v.concretetype, c.annotation, c.concretetype]).toEqual([null, null, null, null]);
    expect(c.value).toBe(3n);
  });

  it('has unique markers for the raising switch and for unassigned locals', () => {
    expect(LAST_EXCEPTION).toBeInstanceOf(Constant);
    expect(typeof LAST_EXCEPTION.value).toBe('symbol');
    expect(typeof UNDEFINED).toBe('symbol');
    expect(LAST_EXCEPTION.value).not.toBe(UNDEFINED);
  });
});

describe('FunctionGraph', () => {
  it('owns a final return block with one input and a final except block with two', () => {
    const start = new Block([new Variable('x')]);
    const graph = new FunctionGraph('f', start, { start: 0, length: 5 });
    expect(graph.startblock).toBe(start);
    expect(graph.returnblock.isFinal).toBe(true);
    expect(graph.returnblock.inputargs).toHaveLength(1);
    expect(graph.getReturnVar()).toBe(graph.returnblock.inputargs[0]);
    expect(graph.exceptblock.isFinal).toBe(true);
    expect(graph.exceptblock.inputargs.map((v) => v.nameHint)).toEqual(['etype', 'evalue']);
    expect(start.isFinal).toBe(false);
    expect(graph.span).toEqual({ start: 0, length: 5 });
    expect(graph.func).toBeNull();
  });

  it('gives every graph its own return and except blocks', () => {
    const a = new FunctionGraph('a', new Block([]));
    const b = new FunctionGraph('b', new Block([]));
    expect(a.returnblock).not.toBe(b.returnblock);
    expect(a.exceptblock).not.toBe(b.exceptblock);
  });
});

describe('Block', () => {
  it('closes with links that point back to it, only once', () => {
    const graph = new FunctionGraph('f', new Block([]));
    const start = graph.startblock;
    const link = new Link([new Constant(null)], graph.returnblock);
    start.closeBlock(link);
    expect(start.exits).toEqual([link]);
    expect(link.prevblock).toBe(start);
    expect(link.exitcase).toBeNull();
    expect(() => start.closeBlock(new Link([new Constant(null)], graph.returnblock))).toThrow('block already closed');
  });

  it('can be closed again with other exits by recloseBlock', () => {
    const graph = new FunctionGraph('f', new Block([]));
    const start = graph.startblock;
    start.closeBlock(new Link([new Constant(1n)], graph.returnblock));
    const replacement = new Link([new Constant(2n)], graph.returnblock);
    start.recloseBlock(replacement);
    expect(start.exits).toEqual([replacement]);
    expect(replacement.prevblock).toBe(start);
  });

  it('can raise only when its exitswitch is LAST_EXCEPTION, and then its last operation raises', () => {
    const x = new Variable('x');
    const block = new Block([x]);
    const first = op(block, 'neg', [x]);
    const last = op(block, 'getitem', [x, first]);
    expect(block.canRaise()).toBe(false);
    expect(block.raisingOp()).toBeNull();
    block.exitswitch = LAST_EXCEPTION;
    expect(block.canRaise()).toBe(true);
    expect(block.raisingOp()?.result).toBe(last);
    expect(new Block([]).raisingOp()).toBeNull();
    const empty = new Block([]);
    empty.exitswitch = LAST_EXCEPTION;
    expect(empty.raisingOp()).toBeNull();
  });
});

describe('Link', () => {
  it('binds the exception variables it carries, and nothing on a plain exit', () => {
    const target = new Block([new Variable('a')]);
    const plain = new Link([new Constant(1n)], target);
    expect(plain.extravars()).toEqual([]);
    const caught = new Link([new Constant(1n)], target, 'SomeError');
    caught.lastException = new Variable('etype');
    caught.lastExcValue = new Variable('evalue');
    expect(caught.extravars()).toEqual([caught.lastException, caught.lastExcValue]);
    const onlyValue = new Link([], new Block([]), 'E');
    onlyValue.lastExcValue = new Variable('evalue');
    expect(onlyValue.extravars()).toEqual([onlyValue.lastExcValue]);
  });
});

/**
 *   start --false--> a --> c --> return
 *         \--true--> b ---/
 * plus an unreachable block `d` that jumps to c.
 */
function diamond(): { graph: FunctionGraph; start: Block; a: Block; b: Block; c: Block; d: Block } {
  const x = new Variable('x');
  const start = new Block([x]);
  const graph = new FunctionGraph('diamond', start);
  const truth = op(start, 'bool', [x]);
  const a = new Block([]);
  const b = new Block([]);
  const cIn = new Variable('r');
  const c = new Block([cIn]);
  const d = new Block([]);
  start.exitswitch = truth;
  start.closeBlock(new Link([], a, false), new Link([], b, true));
  op(a, 'pos', [new Constant(1n)]);
  a.closeBlock(new Link([new Constant(1n)], c));
  op(b, 'pos', [new Constant(2n)]);
  b.closeBlock(new Link([new Constant(2n)], c));
  c.closeBlock(new Link([cIn], graph.returnblock));
  d.closeBlock(new Link([new Constant(3n)], c));
  return { graph, start, a, b, c, d };
}

describe('iterblocks, iterlinks, iteroperations', () => {
  it('visits reachable blocks depth-first, the start block first, following exits in order', () => {
    const { graph, start, a, b, c } = diamond();
    expect(graph.iterblocks()).toEqual([start, a, c, graph.returnblock, b]);
  });

  it('visits each block once and leaves out unreachable blocks', () => {
    const { graph, d } = diamond();
    const blocks = graph.iterblocks();
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(blocks).not.toContain(d);
    expect(blocks).not.toContain(graph.exceptblock);
  });

  it('lists the links block by block, in iterblocks order', () => {
    const { graph, start, a, b, c } = diamond();
    expect(graph.iterlinks()).toEqual([...start.exits, ...a.exits, ...c.exits, ...b.exits]);
  });

  it('lists the operations block by block, in iterblocks order', () => {
    const { graph, start, a, b } = diamond();
    expect(graph.iteroperations()).toEqual([...start.operations, ...a.operations, ...b.operations]);
    expect(graph.iteroperations().map((o) => o.opname)).toEqual(['bool', 'pos', 'pos']);
  });

  it('follows loops without visiting a block twice', () => {
    const n = new Variable('n');
    const start = new Block([n]);
    const graph = new FunctionGraph('loop', start);
    const i = new Variable('i');
    const header = new Block([i]);
    start.closeBlock(new Link([n], header));
    const more = op(header, 'bool', [i]);
    const body = new Block([]);
    header.exitswitch = more;
    header.closeBlock(new Link([i], graph.returnblock, false), new Link([], body, true));
    body.closeBlock(new Link([new Constant(0n)], header));
    expect(graph.iterblocks()).toEqual([start, header, graph.returnblock, body]);
    expect(graph.iterlinks()).toHaveLength(4);
  });

  it('includes the except block when an exception exit reaches it', () => {
    const x = new Variable('x');
    const start = new Block([x]);
    const graph = new FunctionGraph('raising', start);
    const y = op(start, 'getitem', [x, new Constant(0n)]);
    start.exitswitch = LAST_EXCEPTION;
    const toExcept = new Link([], graph.exceptblock, 'IndexError');
    toExcept.lastException = new Variable('etype');
    toExcept.lastExcValue = new Variable('evalue');
    toExcept.args = [toExcept.lastException, toExcept.lastExcValue];
    start.closeBlock(new Link([y], graph.returnblock), toExcept);
    expect(graph.iterblocks()).toEqual([start, graph.returnblock, graph.exceptblock]);
  });
});
