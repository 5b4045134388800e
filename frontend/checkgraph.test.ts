// Unit tests of checkGraph (checkgraph.ts) on graphs built by hand. It runs when a graph is
// built and again after annotation, so it must accept every shape the builder makes (straight
// lines, bool switches, loops, exception exits, a `raise` without a normal exit) and reject each
// broken invariant with a message naming it: the final blocks' shape, variables used before or
// defined twice, link arity, the exits of each kind of exitswitch, and the exception variables.

import { describe, expect, it } from 'vitest';
import { Block, Constant, FunctionGraph, LAST_EXCEPTION, Link, SpaceOperation, Variable, type Hlvalue } from './flowmodel.ts';
import { checkGraph, GraphInvariantError } from './checkgraph.ts';

function op(block: Block, opname: string, args: Hlvalue[], hint = 'v'): Variable {
  const result = new Variable(hint);
  block.operations.push(new SpaceOperation(opname, args, result, null));
  return result;
}

/** f(x): return x + 1 */
function straightLine(): { graph: FunctionGraph; x: Variable; y: Variable } {
  const x = new Variable('x');
  const graph = new FunctionGraph('f', new Block([x]));
  const y = op(graph.startblock, 'add', [x, new Constant(1n)]);
  graph.startblock.closeBlock(new Link([y], graph.returnblock));
  return { graph, x, y };
}

/** f(x): if x: r = 1 else: r = x; return r — a bool switch and a join. */
function ifElse(): { graph: FunctionGraph; start: Block; whenFalse: Block; whenTrue: Block; join: Block; truth: Variable } {
  const x = new Variable('x');
  const start = new Block([x]);
  const graph = new FunctionGraph('f', start);
  const truth = op(start, 'bool', [x]);
  const xFalse = new Variable('x');
  const whenFalse = new Block([xFalse]);
  const whenTrue = new Block([]);
  const r = new Variable('r');
  const join = new Block([r]);
  start.exitswitch = truth;
  start.closeBlock(new Link([x], whenFalse, false), new Link([], whenTrue, true));
  whenFalse.closeBlock(new Link([xFalse], join));
  whenTrue.closeBlock(new Link([new Constant(1n)], join));
  join.closeBlock(new Link([r], graph.returnblock));
  return { graph, start, whenFalse, whenTrue, join, truth };
}

/** f(xs): try: return xs[0] except IndexError as e: ... — a raising block with a handler. */
function raising(): { graph: FunctionGraph; start: Block; item: Variable; handler: Block; caught: Link } {
  const xs = new Variable('xs');
  const start = new Block([xs]);
  const graph = new FunctionGraph('f', start);
  const item = op(start, 'getitem', [xs, new Constant(0n)]);
  start.exitswitch = LAST_EXCEPTION;
  const etype = new Variable('etype');
  const evalue = new Variable('evalue');
  const handler = new Block([new Variable('xs'), new Variable('etype'), new Variable('evalue')]);
  const caught = new Link([xs, etype, evalue], handler, 'IndexError');
  caught.lastException = etype;
  caught.lastExcValue = evalue;
  start.closeBlock(new Link([item], graph.returnblock), caught);
  handler.closeBlock(new Link([handler.inputargs[1]!, handler.inputargs[2]!], graph.exceptblock));
  return { graph, start, item, handler, caught };
}

function rejects(graph: FunctionGraph, message: string | RegExp): void {
  expect(() => checkGraph(graph)).toThrow(GraphInvariantError);
  expect(() => checkGraph(graph)).toThrow(message);
}

describe('checkGraph accepts well-formed graphs', () => {
  it('a straight line', () => {
    expect(() => checkGraph(straightLine().graph)).not.toThrow();
  });

  it('a bool switch whose paths meet at a join', () => {
    expect(() => checkGraph(ifElse().graph)).not.toThrow();
  });

  it('a loop whose back edge carries the loop variable', () => {
    const n = new Variable('n');
    const start = new Block([n]);
    const graph = new FunctionGraph('loop', start);
    const i = new Variable('i');
    const header = new Block([i]);
    start.closeBlock(new Link([n], header));
    const more = op(header, 'bool', [i]);
    const iBody = new Variable('i');
    const body = new Block([iBody]);
    header.exitswitch = more;
    header.closeBlock(new Link([i], graph.returnblock, false), new Link([i], body, true));
    const next = op(body, 'sub', [iBody, new Constant(1n)]);
    body.closeBlock(new Link([next], header));
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('a raising block whose exception exit uses the caught class and value', () => {
    expect(() => checkGraph(raising().graph)).not.toThrow();
  });

  it('a block ending in `raise`, which has exception exits only', () => {
    const exc = new Variable('exc');
    const start = new Block([exc]);
    const graph = new FunctionGraph('f', start);
    op(start, 'raise', [exc]);
    start.exitswitch = LAST_EXCEPTION;
    const link = new Link([], graph.exceptblock, 'BaseException');
    link.lastException = new Variable('etype');
    link.lastExcValue = new Variable('evalue');
    link.args = [link.lastException, link.lastExcValue];
    start.closeBlock(link);
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('a switch with a default exit last', () => {
    const x = new Variable('x');
    const start = new Block([x]);
    const graph = new FunctionGraph('f', start);
    start.exitswitch = x;
    start.closeBlock(new Link([new Constant(1n)], graph.returnblock, 1n), new Link([new Constant(0n)], graph.returnblock, null));
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('ignores unreachable blocks', () => {
    const { graph } = straightLine();
    const orphan = new Block([]);
    orphan.closeBlock(new Link([new Variable('never')], graph.returnblock));
    expect(() => checkGraph(graph)).not.toThrow();
  });

  it('names the graph in its messages', () => {
    const { graph } = straightLine();
    graph.name = 'compute';
    graph.startblock.operations[0]!.args = [new Variable('ghost')];
    expect(() => checkGraph(graph)).toThrow("flow graph 'compute' is malformed: operation add uses variable ghost before it is defined in this block");
  });
});

describe('checkGraph rejects the final blocks malformed', () => {
  it('a return block without exactly one input', () => {
    const { graph } = straightLine();
    graph.returnblock.inputargs.push(new Variable('extra'));
    rejects(graph, 'the return block must have exactly one input');
  });

  it('an except block without exactly two inputs', () => {
    const { graph } = straightLine();
    graph.exceptblock.inputargs.pop();
    rejects(graph, 'the except block must have exactly two inputs');
  });

  it('a final block with operations', () => {
    const { graph } = straightLine();
    op(graph.returnblock, 'pos', [graph.getReturnVar()]);
    rejects(graph, 'return and except blocks must be final, without operations or exits');
  });

  it('a final block with exits', () => {
    const { graph } = straightLine();
    graph.exceptblock.closeBlock(new Link([new Constant(null)], graph.returnblock));
    rejects(graph, 'return and except blocks must be final, without operations or exits');
  });

  it('a return block not marked final', () => {
    const { graph } = straightLine();
    graph.returnblock.isFinal = false;
    rejects(graph, 'return and except blocks must be final');
  });

  it('a final start block', () => {
    const { graph } = straightLine();
    graph.startblock.isFinal = true;
    rejects(graph, 'the start block cannot be final');
  });

  it('another block marked final', () => {
    const { graph, join } = ifElse();
    join.isFinal = true;
    rejects(graph, 'only the return and except blocks may be final');
  });
});

describe('checkGraph rejects broken variables', () => {
  it('a constant among a block\'s inputs', () => {
    const { graph, join } = ifElse();
    join.inputargs[0] = new Constant(1n) as unknown as Variable;
    rejects(graph, 'block input arguments must be variables');
  });

  it('a variable that is the input of two blocks', () => {
    const { graph, whenFalse, join } = ifElse();
    join.inputargs[0] = whenFalse.inputargs[0]!;
    rejects(graph, 'variable x is defined twice (block input)');
  });

  it('an operation result that is also a block input', () => {
    const { graph, x } = straightLine();
    graph.startblock.operations[0]!.result = x;
    rejects(graph, 'variable x is defined twice (result of add)');
  });

  it('two operations with the same result', () => {
    const { graph, y } = straightLine();
    graph.startblock.operations.push(new SpaceOperation('neg', [y], y, null));
    rejects(graph, 'variable v is defined twice (result of neg)');
  });

  it('an operation using a variable defined later in its block', () => {
    const { graph, x } = straightLine();
    const later = new Variable('later');
    graph.startblock.operations[0]!.args = [later, x];
    graph.startblock.operations.push(new SpaceOperation('neg', [x], later, null));
    rejects(graph, 'operation add uses variable later before it is defined in this block');
  });

  it('an operation using a variable of another block', () => {
    const { graph, join, whenFalse } = ifElse();
    op(join, 'neg', [whenFalse.inputargs[0]!]);
    rejects(graph, 'operation neg uses variable x before it is defined in this block');
  });

  it('an operation argument that is neither a variable nor a constant', () => {
    const { graph } = straightLine();
    graph.startblock.operations[0]!.args.push('raw' as unknown as Variable);
    rejects(graph, 'operation add uses something that is neither a variable nor a constant');
  });

  it('a link carrying a variable its block does not define', () => {
    const { graph, whenTrue } = ifElse();
    whenTrue.exits[0]!.args = [new Variable('stray')];
    rejects(graph, 'link uses variable stray before it is defined in this block');
  });
});

describe('checkGraph rejects broken exits', () => {
  it('a non-final block without exits', () => {
    const x = new Variable('x');
    const graph = new FunctionGraph('f', new Block([x]));
    rejects(graph, 'a non-final block has no exits');
  });

  it('a link carrying fewer values than its target has inputs', () => {
    const { graph, whenTrue } = ifElse();
    whenTrue.exits[0]!.args = [];
    rejects(graph, 'a link carries 0 values into a block of 1 inputs');
  });

  it('a link carrying more values than its target has inputs', () => {
    const { graph, y } = straightLine();
    graph.startblock.exits[0]!.args = [y, y];
    rejects(graph, 'a link carries 2 values into a block of 1 inputs');
  });

  it('a link whose prevblock is another block', () => {
    const { graph, whenTrue, whenFalse } = ifElse();
    whenTrue.exits[0]!.prevblock = whenFalse;
    rejects(graph, 'a link does not point back to its block');
  });

  it('two exits without an exitswitch', () => {
    const { graph, y } = straightLine();
    graph.startblock.recloseBlock(new Link([y], graph.returnblock), new Link([y], graph.returnblock));
    rejects(graph, 'a block without exitswitch must have exactly one exit with exitcase null');
  });

  it('a single exit with an exitcase but no exitswitch', () => {
    const { graph, y } = straightLine();
    graph.startblock.recloseBlock(new Link([y], graph.returnblock, true));
    rejects(graph, 'a block without exitswitch must have exactly one exit with exitcase null');
  });

  it('a switch on a variable the block does not define', () => {
    const { graph, start } = ifElse();
    start.exitswitch = new Variable('cond');
    rejects(graph, 'exitswitch uses variable cond before it is defined in this block');
  });

  it('a switch with two exits for the same case', () => {
    const { graph, start } = ifElse();
    start.exits[1]!.exitcase = false;
    rejects(graph, 'two exits of a switch have the same exitcase');
  });

  it('a switch whose default exit is not the last', () => {
    const { graph, start } = ifElse();
    start.exits[0]!.exitcase = null;
    rejects(graph, 'only the last exit of a switch may be the default');
  });

  it('a bool switch without both of its exits', () => {
    const { graph, start } = ifElse();
    start.recloseBlock(start.exits[1]!);
    rejects(graph, /switch/);
  });

  it('a non-raising exit that binds exception variables', () => {
    const { graph, start } = ifElse();
    start.exits[1]!.lastException = new Variable('etype');
    rejects(graph, 'only exception exits bind exception variables');
  });
});

describe('checkGraph rejects broken exception exits', () => {
  it('a raising block without operations', () => {
    const { graph, start } = raising();
    start.operations = [];
    rejects(graph, 'a raising block must end with an operation');
  });

  it('a raising block whose first exit is an exception exit while its operation may return', () => {
    const { graph, start } = raising();
    start.exits.reverse();
    rejects(graph, 'the first exit of a raising block must be the normal one');
  });

  it('a second normal exit on a raising block', () => {
    const { graph, start, item } = raising();
    const extra = new Link([item], graph.returnblock);
    extra.prevblock = start;
    start.exits.push(extra);
    rejects(graph, 'exception exits need an exception class as exitcase');
  });

  it('two exception exits catching the same class', () => {
    const { graph, start, caught, handler } = raising();
    const again = new Link([caught.args[0]!, new Variable('etype'), new Variable('evalue')], handler, 'IndexError');
    again.lastException = again.args[1] as Variable;
    again.lastExcValue = again.args[2] as Variable;
    again.prevblock = start;
    start.exits.push(again);
    rejects(graph, 'two exception exits catch the same class');
  });

  it('an exception exit carrying the result of the operation that raised', () => {
    const { graph, caught, item } = raising();
    caught.args[0] = item;
    rejects(graph, 'link uses variable v before it is defined in this block');
  });

  it('a normal exit carrying the caught exception', () => {
    const { graph, start, caught } = raising();
    start.exits[0]!.args = [caught.lastExcValue!];
    rejects(graph, 'link uses variable evalue before it is defined in this block');
  });

  it('the same exception variable bound by two links', () => {
    const { graph, start, caught, handler } = raising();
    const other = new Link([caught.args[0]!, caught.lastException!, caught.lastExcValue!], handler, 'KeyError');
    other.lastException = caught.lastException;
    other.lastExcValue = caught.lastExcValue;
    other.prevblock = start;
    start.exits.push(other);
    rejects(graph, 'variable etype is defined twice (exception link variable)');
  });
});
