// checkGraph(): the invariants of the flow model, asserted at every phase boundary.
// A violation is a bug in Wyrm (never in the user's program), so it throws a plain Error that
// the CLI reports as an internal error.

import { Block, Constant, FunctionGraph, LAST_EXCEPTION, Variable, type Hlvalue } from './flowmodel.ts';

export class GraphInvariantError extends Error {
  constructor(graph: FunctionGraph, message: string) {
    super(`flow graph '${graph.name}' is malformed: ${message}`);
    this.name = 'GraphInvariantError';
  }
}

export function checkGraph(graph: FunctionGraph): void {
  const fail = (message: string): never => {
    throw new GraphInvariantError(graph, message);
  };
  const { returnblock, exceptblock, startblock } = graph;
  if (returnblock.inputargs.length !== 1) fail('the return block must have exactly one input');
  if (exceptblock.inputargs.length !== 2) fail('the except block must have exactly two inputs');
  for (const final of [returnblock, exceptblock]) {
    if (!final.isFinal || final.operations.length > 0 || final.exits.length > 0) {
      fail('return and except blocks must be final, without operations or exits');
    }
  }
  if (startblock.isFinal) fail('the start block cannot be final');

  const definedInGraph = new Set<Variable>();
  const defineOnce = (v: Variable, where: string): void => {
    if (definedInGraph.has(v)) fail(`variable ${v.nameHint} is defined twice (${where})`);
    definedInGraph.add(v);
  };

  for (const block of graph.iterblocks()) {
    if (block.isFinal && block !== returnblock && block !== exceptblock) {
      fail('only the return and except blocks may be final');
    }
    const defined = new Set<Variable>();
    for (const v of block.inputargs) {
      if (!(v instanceof Variable)) fail('block input arguments must be variables');
      defineOnce(v, 'block input');
      defined.add(v);
    }
    const checkUse = (value: Hlvalue, where: string, extra: Set<Variable> = defined): void => {
      if (value instanceof Constant) return;
      if (!(value instanceof Variable)) fail(`${where} uses something that is neither a variable nor a constant`);
      if (!extra.has(value)) fail(`${where} uses variable ${value.nameHint} before it is defined in this block`);
    };
    for (const op of block.operations) {
      op.args.forEach((arg) => checkUse(arg, `operation ${op.opname}`));
      defineOnce(op.result, `result of ${op.opname}`);
      defined.add(op.result);
    }
    if (block.isFinal) continue;
    checkExits(block, defined, checkUse, fail);
    for (const link of block.exits) {
      for (const v of link.extravars()) defineOnce(v, 'exception link variable');
    }
  }
}

function checkExits(
  block: Block,
  defined: Set<Variable>,
  checkUse: (value: Hlvalue, where: string, extra?: Set<Variable>) => void,
  fail: (message: string) => never,
): void {
  if (block.exits.length === 0) fail('a non-final block has no exits');
  const switchValue = block.exitswitch;
  if (switchValue === null) {
    if (block.exits.length !== 1 || block.exits[0]!.exitcase !== null) {
      fail('a block without exitswitch must have exactly one exit with exitcase null');
    }
  } else if (switchValue === LAST_EXCEPTION) {
    if (block.operations.length === 0) fail('a raising block must end with an operation');
    const alwaysRaises = ['raise', 'reraise'].includes(block.operations[block.operations.length - 1]!.opname);
    if (block.exits[0]!.exitcase !== null && !alwaysRaises) fail('the first exit of a raising block must be the normal one');
    const seen = new Set<unknown>();
    for (const link of block.exits.slice(block.exits[0]!.exitcase === null ? 1 : 0)) {
      if (link.exitcase === null) fail('exception exits need an exception class as exitcase');
      if (seen.has(link.exitcase)) fail('two exception exits catch the same class');
      seen.add(link.exitcase);
    }
  } else {
    checkUse(switchValue, 'exitswitch');
    // A switch says where each value goes: at least two exits (RPython's rule too).
    if (block.exits.length < 2) fail('a switch needs an exit for each of its cases');
    const seen = new Set<unknown>();
    for (const link of block.exits) {
      if (link.exitcase === null && link !== block.exits[block.exits.length - 1]) {
        fail('only the last exit of a switch may be the default');
      }
      if (seen.has(link.exitcase)) fail('two exits of a switch have the same exitcase');
      seen.add(link.exitcase);
    }
  }
  const raising = block.raisingOp();
  for (const link of block.exits) {
    if (link.prevblock !== block) fail('a link does not point back to its block');
    if (link.args.length !== link.target.inputargs.length) {
      fail(`a link carries ${link.args.length} values into a block of ${link.target.inputargs.length} inputs`);
    }
    const isExceptionExit = block.canRaise() && link.exitcase !== null;
    if (!isExceptionExit && link.extravars().length > 0) fail('only exception exits bind exception variables');
    let visible = defined;
    if (isExceptionExit) {
      visible = new Set(defined);
      if (raising) visible.delete(raising.result);
      for (const v of link.extravars()) visible.add(v);
    }
    link.args.forEach((arg) => checkUse(arg, 'link', visible));
  }
}
