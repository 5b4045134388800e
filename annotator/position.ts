// Positions in the program being annotated: an operation of a block of a graph. Annotations
// that many blocks read (a list's item type, a module variable, a function's return value)
// remember the positions that read them, and re-flow those blocks when they generalize.

import type { Block, FunctionGraph } from '../frontend/flowmodel.ts';
import { PyFunction, PyModule } from '../frontend/program.ts';
import type { SourceFile, Span } from '../frontend/source.ts';

export interface Position {
  readonly graph: FunctionGraph;
  readonly block: Block;
  /** Index of the operation in the block, or -1 for the block's exits. */
  readonly index: number;
}

export interface Reflower {
  /** Schedules the block of `position` to be annotated again. */
  reflow(position: Position): void;
}

/** A place in the user's source, for messages. */
export interface Site {
  readonly source: SourceFile;
  readonly span: Span;
}

export function sourceOfGraph(graph: FunctionGraph): SourceFile {
  const owner = graph.func;
  if (owner instanceof PyFunction) return owner.module.source;
  if (owner instanceof PyModule) return owner.source;
  throw new Error(`graph ${graph.name} has no source`);
}

/** The source site of a position: its operation's span, else the graph's definition. */
export function siteOf(position: Position): Site {
  const source = sourceOfGraph(position.graph);
  const op = position.index >= 0 ? position.block.operations[position.index] : undefined;
  const span = op?.span ?? position.graph.span ?? { start: 0, length: 0 };
  return { source, span };
}
