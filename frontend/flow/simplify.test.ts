// Unit tests of the graph simplifications (simplify.ts) on graphs built by hand: removeDeadInputs
// must drop exactly the block inputs no operation, switch, return or exception needs (following
// liveness through links), and joinBlocks must merge a block into its only predecessor when that
// predecessor enters it unconditionally, renaming its variables, and leave every other shape
// alone. The results must still satisfy checkGraph.

import { describe, expect, it, test } from 'vitest';
import { Block, Constant, FunctionGraph, LAST_EXCEPTION, Link, SpaceOperation, Variable, type Hlvalue } from '../flowmodel.ts';
import { checkGraph } from '../checkgraph.ts';
import { joinBlocks, removeDeadInputs, simplifyGraph } from './simplify.ts';

function op(block: Block, opname: string, args: Hlvalue[], hint = 'v'): Variable {
  const result = new Variable(hint);
  block.operations.push(new SpaceOperation(opname, args, result, null));
  return result;
}

function names(vars: readonly Variable[]): string[] {
  return vars.map((v) => v.nameHint);
}

/**
 * f(a, b): start passes a and b to `mid`, which uses only a and passes b on to `end`
 * (through a switch), which ignores it.
 */
function passThrough(): { graph: FunctionGraph; mid: Block; end: Block; other: Block } {
  const a = new Variable('a');
  const b = new Variable('b');
  const start = new Block([a, b]);
  const graph = new FunctionGraph('f', start);
  const midA = new Variable('a');
  const midB = new Variable('b');
  const mid = new Block([midA, midB]);
  start.closeBlock(new Link([a, b], mid));
  const truth = op(mid, 'bool', [midA]);
  const endB = new Variable('b');
  const end = new Block([endB]);
  const other = new Block([]);
  mid.exitswitch = truth;
  mid.closeBlock(new Link([midB], end, false), new Link([], other, true));
  end.closeBlock(new Link([new Constant(1n)], graph.returnblock));
  other.closeBlock(new Link([new Constant(2n)], graph.returnblock));
  return { graph, mid, end, other };
}

describe('removeDeadInputs', () => {
  it('drops inputs that nothing uses, with the link arguments feeding them', () => {
    const { graph, mid, end } = passThrough();
    removeDeadInputs(graph);
    expect(names(end.inputargs)).toEqual([]);
    expect(mid.exits[0]!.args).toEqual([]);
    expect(names(mid.inputargs)).toEqual(['a']);
    expect(graph.startblock.exits[0]!.args).toEqual([graph.startblock.inputargs[0]]);
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('keeps every input of the start block, even unused ones', () => {
    const { graph } = passThrough();
    removeDeadInputs(graph);
    expect(names(graph.startblock.inputargs)).toEqual(['a', 'b']);
  });

  it('keeps inputs that flow into the return block, through any number of links', () => {
    const x = new Variable('x');
    const start = new Block([x]);
    const graph = new FunctionGraph('f', start);
    const hop1 = new Block([new Variable('x'), new Variable('dead')]);
    const hop2 = new Block([new Variable('x')]);
    start.closeBlock(new Link([x, new Constant(0n)], hop1));
    hop1.closeBlock(new Link([hop1.inputargs[0]!], hop2));
    hop2.closeBlock(new Link([hop2.inputargs[0]!], graph.returnblock));
    removeDeadInputs(graph);
    expect(names(hop1.inputargs)).toEqual(['x']);
    expect(start.exits[0]!.args).toEqual([x]);
    expect(names(hop2.inputargs)).toEqual(['x']);
  });

  it('keeps an input used only as the exitswitch', () => {
    const start = new Block([new Variable('c')]);
    const graph = new FunctionGraph('f', start);
    const test = new Block([new Variable('c')]);
    start.closeBlock(new Link([start.inputargs[0]!], test));
    test.exitswitch = test.inputargs[0]!;
    test.closeBlock(new Link([new Constant(0n)], graph.returnblock, false), new Link([new Constant(1n)], graph.returnblock, true));
    removeDeadInputs(graph);
    expect(names(test.inputargs)).toEqual(['c']);
  });

  it('keeps inputs around a loop when the loop uses them', () => {
    const n = new Variable('n');
    const start = new Block([n]);
    const graph = new FunctionGraph('f', start);
    const i = new Variable('i');
    const unused = new Variable('unused');
    const header = new Block([i, unused]);
    start.closeBlock(new Link([n, n], header));
    const more = op(header, 'bool', [i]);
    header.exitswitch = more;
    const body = new Block([new Variable('i'), new Variable('unused')]);
    header.closeBlock(new Link([new Constant(null)], graph.returnblock, false), new Link([i, unused], body, true));
    const next = op(body, 'sub', [body.inputargs[0]!, new Constant(1n)]);
    body.closeBlock(new Link([next, body.inputargs[1]!], header));
    removeDeadInputs(graph);
    expect(names(header.inputargs)).toEqual(['i']);
    expect(names(body.inputargs)).toEqual(['i']);
    expect(body.exits[0]!.args).toEqual([next]);
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('keeps inputs that an exception exit sends to the except block', () => {
    const xs = new Variable('xs');
    const start = new Block([xs]);
    const graph = new FunctionGraph('f', start);
    const handler = new Block([new Variable('etype'), new Variable('evalue'), new Variable('dead')]);
    const item = op(start, 'getitem', [xs, new Constant(0n)]);
    start.exitswitch = LAST_EXCEPTION;
    const caught = new Link([new Variable('etype'), new Variable('evalue'), xs], handler, 'IndexError');
    caught.lastException = caught.args[0] as Variable;
    caught.lastExcValue = caught.args[1] as Variable;
    start.closeBlock(new Link([item], graph.returnblock), caught);
    handler.closeBlock(new Link([handler.inputargs[0]!, handler.inputargs[1]!], graph.exceptblock));
    removeDeadInputs(graph);
    expect(names(handler.inputargs)).toEqual(['etype', 'evalue']);
    expect(caught.args).toEqual([caught.lastException, caught.lastExcValue]);
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('keeps the argument spans of a link aligned with its remaining arguments', () => {
    const { graph, mid } = passThrough();
    const link = graph.startblock.exits[0]!;
    const spanOfA = { start: 1, length: 1 };
    const spanOfB = { start: 5, length: 1 };
    link.argSpans = [spanOfA, spanOfB];
    const toEnd = mid.exits[0]!;
    toEnd.argSpans = [spanOfB];
    removeDeadInputs(graph);
    expect(link.args).toHaveLength(1);
    expect(link.argSpans).toEqual([spanOfA]);
    expect(toEnd.argSpans).toEqual([]);
  });
});

describe('joinBlocks', () => {
  it('merges a block into its only predecessor, renaming its inputs to the link arguments', () => {
    const x = new Variable('x');
    const start = new Block([x]);
    const graph = new FunctionGraph('f', start);
    const y = op(start, 'add', [x, new Constant(1n)]);
    const yIn = new Variable('y');
    const next = new Block([yIn]);
    start.closeBlock(new Link([y], next));
    const z = op(next, 'mul', [yIn, new Constant(2n)]);
    const exit = new Link([z], graph.returnblock);
    next.closeBlock(exit);
    joinBlocks(graph);
    expect(graph.iterblocks()).toEqual([start, graph.returnblock]);
    expect(start.operations.map((o) => o.opname)).toEqual(['add', 'mul']);
    expect(start.operations[1]!.args).toEqual([y, new Constant(2n)]);
    expect(start.exits).toEqual([exit]);
    expect(exit.prevblock).toBe(start);
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('renames into constants and moves the merged block\'s switch, renamed too', () => {
    const start = new Block([]);
    const graph = new FunctionGraph('f', start);
    const c = new Variable('c');
    const test = new Block([c]);
    start.closeBlock(new Link([new Constant(true)], test));
    test.exitswitch = c;
    test.closeBlock(new Link([new Constant(0n)], graph.returnblock, false), new Link([c], graph.returnblock, true));
    joinBlocks(graph);
    expect(start.exitswitch).toEqual(new Constant(true));
    expect(start.exits.map((l) => l.exitcase)).toEqual([false, true]);
    expect(start.exits[1]!.args).toEqual([new Constant(true)]);
    expect(start.exits.every((l) => l.prevblock === start)).toBe(true);
  });

  it('keeps LAST_EXCEPTION as the switch of a merged raising block', () => {
    const xs = new Variable('xs');
    const start = new Block([xs]);
    const graph = new FunctionGraph('f', start);
    const inner = new Block([new Variable('xs')]);
    start.closeBlock(new Link([xs], inner));
    const item = op(inner, 'getitem', [inner.inputargs[0]!, new Constant(0n)]);
    inner.exitswitch = LAST_EXCEPTION;
    const caught = new Link([new Variable('etype'), new Variable('evalue')], graph.exceptblock, 'IndexError');
    caught.lastException = caught.args[0] as Variable;
    caught.lastExcValue = caught.args[1] as Variable;
    inner.closeBlock(new Link([item], graph.returnblock), caught);
    joinBlocks(graph);
    expect(start.exitswitch).toBe(LAST_EXCEPTION);
    expect(start.raisingOp()!.args[0]).toBe(xs);
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('leaves a block with two predecessors alone', () => {
    const c = new Variable('c');
    const start = new Block([c]);
    const graph = new FunctionGraph('f', start);
    const a = new Block([]);
    const b = new Block([]);
    const join = new Block([new Variable('r')]);
    start.exitswitch = c;
    start.closeBlock(new Link([], a, false), new Link([], b, true));
    a.closeBlock(new Link([new Constant(1n)], join));
    b.closeBlock(new Link([new Constant(2n)], join));
    join.closeBlock(new Link([join.inputargs[0]!], graph.returnblock));
    joinBlocks(graph);
    expect(graph.iterblocks()).toEqual([start, a, join, graph.returnblock, b]);
  });

  it('does not merge the targets of a switch into the switching block', () => {
    const c = new Variable('c');
    const start = new Block([c]);
    const graph = new FunctionGraph('f', start);
    const a = new Block([]);
    const b = new Block([]);
    start.exitswitch = c;
    start.closeBlock(new Link([], a, false), new Link([], b, true));
    op(a, 'pos', [new Constant(1n)]);
    a.closeBlock(new Link([new Constant(1n)], graph.returnblock));
    b.closeBlock(new Link([new Constant(2n)], graph.returnblock));
    joinBlocks(graph);
    expect(graph.iterblocks()).toHaveLength(4);
    expect(a.operations).toHaveLength(1);
  });

  it('does not merge a loop header entered by a back edge, nor the start block into another', () => {
    const start = new Block([]);
    const graph = new FunctionGraph('f', start);
    const header = new Block([]);
    start.closeBlock(new Link([], header));
    op(header, 'simple_call', [new Constant('tick')]);
    header.closeBlock(new Link([], header));
    joinBlocks(graph);
    expect(graph.iterblocks()).toEqual([start, header]);

    // A block that jumps back to the start block is merged into it, never the other way: the
    // start block (whose inputs are the parameters) becomes the loop.
    const loopStart = new Block([new Variable('n')]);
    const loop = new FunctionGraph('g', loopStart);
    const body = new Block([new Variable('n')]);
    loopStart.closeBlock(new Link([loopStart.inputargs[0]!], body));
    op(body, 'simple_call', [new Constant('tick'), body.inputargs[0]!]);
    body.closeBlock(new Link([body.inputargs[0]!], loopStart));
    joinBlocks(loop);
    expect(loop.iterblocks()).toEqual([loopStart]);
    expect(loopStart.operations[0]!.args[1]).toBe(loopStart.inputargs[0]);
    expect(loopStart.exits[0]!.target).toBe(loopStart);
    expect(loopStart.exits[0]!.args).toEqual(loopStart.inputargs);
    expect(() => checkGraph(loop)).not.toThrow();
  });

  it('merges chains of blocks into one', () => {
    const start = new Block([]);
    const graph = new FunctionGraph('f', start);
    let previous = start;
    for (let i = 0; i < 4; i++) {
      const next = new Block([new Variable(`x${i}`)]);
      previous.closeBlock(new Link([i === 0 ? new Constant(0n) : previous.operations[0]!.result], next));
      op(next, 'add', [next.inputargs[0]!, new Constant(1n)]);
      previous = next;
    }
    previous.closeBlock(new Link([previous.operations[0]!.result], graph.returnblock));
    joinBlocks(graph);
    expect(graph.iterblocks()).toEqual([start, graph.returnblock]);
    expect(start.operations.map((o) => o.args[0] instanceof Constant ? 'const' : 'var')).toEqual(['const', 'var', 'var', 'var']);
    expect(() => checkGraph(graph)).not.toThrow();
  });
});

describe('simplifyGraph', () => {
  it('drops dead inputs, then merges what became straight lines', () => {
    const { graph } = passThrough();
    simplifyGraph(graph);
    // start and mid merged; end and other each keep their one block.
    expect(graph.iterblocks()).toHaveLength(4);
    expect(graph.startblock.operations.map((o) => o.opname)).toEqual(['bool']);
    expect(graph.startblock.exitswitch).toBe(graph.startblock.operations[0]!.result);
    expect(graph.startblock.operations[0]!.args).toEqual([graph.startblock.inputargs[0]]);
    expect(() => checkGraph(graph)).not.toThrow();
  });
});
