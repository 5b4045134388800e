// Simplification of freshly built flow graphs, as RPython's simplify.py does after the flow
// space: the builder passes every local through every link, so most block inputs are never
// used. Dropping dead inputs and merging a block into its only predecessor leaves graphs a
// fraction of the size, which makes both annotation and code generation faster.

import { Block, FunctionGraph, LAST_EXCEPTION, Variable, type Hlvalue, type Link } from '../flowmodel.ts';

/** Removes block inputs (and the link arguments feeding them) that no operation needs. */
export function removeDeadInputs(graph: FunctionGraph): void {
  const blocks = graph.iterblocks();
  const live = new Set<Variable>();
  const incoming = new Map<Block, Link[]>();
  for (const block of blocks) {
    for (const link of block.exits) {
      let links = incoming.get(link.target);
      if (!links) incoming.set(link.target, (links = []));
      links.push(link);
    }
  }
  const pending: Variable[] = [];
  const markLive = (value: Hlvalue | null): void => {
    if (value instanceof Variable && !live.has(value)) {
      live.add(value);
      pending.push(value);
    }
  };
  // Where each input variable lives, to find the link arguments that feed it.
  const inputOwner = new Map<Variable, { block: Block; index: number }>();
  for (const block of blocks) {
    block.inputargs.forEach((v, index) => inputOwner.set(v, { block, index }));
    for (const op of block.operations) op.args.forEach(markLive);
    if (block.exitswitch instanceof Variable) markLive(block.exitswitch);
  }
  for (const v of graph.returnblock.inputargs) markLive(v);
  for (const v of graph.exceptblock.inputargs) markLive(v);
  for (const v of graph.startblock.inputargs) markLive(v);
  while (pending.length > 0) {
    const v = pending.pop()!;
    const owner = inputOwner.get(v);
    if (!owner) continue;
    for (const link of incoming.get(owner.block) ?? []) markLive(link.args[owner.index]!);
  }
  for (const block of blocks) {
    if (block === graph.startblock || block.isFinal) continue;
    const keep = block.inputargs.map((v) => live.has(v));
    if (keep.every(Boolean)) continue;
    block.inputargs = block.inputargs.filter((_, i) => keep[i]);
    for (const link of incoming.get(block) ?? []) {
      link.args = link.args.filter((_, i) => keep[i]);
      // The source spans of the arguments stay aligned with them (conflict messages use them).
      if (link.argSpans) link.argSpans = link.argSpans.filter((_, i) => keep[i]);
    }
  }
}

/**
 * Merges each block that has exactly one predecessor, entered by that predecessor's only
 * (unconditional) exit, into the predecessor: the successor's inputs are replaced by the link's
 * arguments.
 */
export function joinBlocks(graph: FunctionGraph): void {
  const predecessors = new Map<Block, number>();
  for (const block of graph.iterblocks()) {
    for (const link of block.exits) predecessors.set(link.target, (predecessors.get(link.target) ?? 0) + 1);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const block of graph.iterblocks()) {
      if (block.exitswitch !== null || block.exits.length !== 1) continue;
      const link = block.exits[0]!;
      const next = link.target;
      if (next === block || next.isFinal || next === graph.startblock || predecessors.get(next) !== 1) continue;
      const renaming = new Map<Variable, Hlvalue>();
      next.inputargs.forEach((v, i) => renaming.set(v, link.args[i]!));
      const rename = (value: Hlvalue): Hlvalue => (value instanceof Variable ? (renaming.get(value) ?? value) : value);
      for (const op of next.operations) {
        op.args = op.args.map(rename);
        block.operations.push(op);
      }
      block.exitswitch = next.exitswitch === null || next.exitswitch === LAST_EXCEPTION ? next.exitswitch : rename(next.exitswitch);
      const exits = next.exits;
      for (const exit of exits) {
        exit.args = exit.args.map(rename);
        exit.prevblock = block;
      }
      block.exits = exits;
      changed = true;
      break;
    }
  }
}

export function simplifyGraph(graph: FunctionGraph): void {
  removeDeadInputs(graph);
  joinBlocks(graph);
}

