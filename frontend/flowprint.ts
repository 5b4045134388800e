// Prints flow graphs for people: blocks with their inputs, one operation per line with its
// source line, and every exit with its case. `wyrm annotate` uses it with each variable's
// inferred type; tests use it to look at graphs.

import { BuiltinExceptionClass, Builtin, BuiltinModule, GlobalVariable, PyClass, PyFunction, PyModule, RuntimeValue } from './program.ts';
import { CallShape } from './callshape.ts';
import { Block, Constant, FunctionGraph, LAST_EXCEPTION, UNDEFINED, Variable, type Hlvalue, type Link, type SpaceOperation } from './flowmodel.ts';
import type { SourceFile } from './source.ts';

export interface PrintOptions {
  /** Text for a variable's type, or null to print no type. */
  typeOf?: (v: Variable) => string | null;
  source?: SourceFile;
  /** Blocks to print (default: all); `wyrm annotate` leaves out blocks never reached. */
  isAnnotated?: (block: Block) => boolean;
  /** Text after an operation's line, or null (`wyrm annotate`: `raises: ...` of a call). */
  operationNote?: (op: SpaceOperation) => string | null;
  /** Text after the `def` line, or null (`wyrm annotate`: what the function lets escape). */
  graphNote?: (graph: FunctionGraph) => string | null;
}

/** A readable Python-like spelling of a constant. */
export function constantText(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === UNDEFINED) return '<unassigned>';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
    return Number.isInteger(value) && Math.abs(value) < 1e16 ? `${value}.0` : String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof PyFunction) return value.qualname;
  if (value instanceof Builtin) return value.name;
  if (value instanceof BuiltinModule) return `<module ${value.name}>`;
  if (value instanceof BuiltinExceptionClass) return value.name;
  if (value instanceof PyClass) return value.qualname;
  if (value instanceof GlobalVariable) return `global ${value.name}`;
  if (value instanceof RuntimeValue) return value.name;
  if (value instanceof CallShape) return `(${value.toString()})`;
  if (value instanceof PyModule) return `<module ${value.name}>`;
  if (typeof value === 'symbol') return value.description ?? 'symbol';
  if (value && typeof value === 'object' && 'displayName' in value) return String((value as { displayName: string }).displayName);
  return String(value);
}

export function printGraph(graph: FunctionGraph, options: PrintOptions = {}): string {
  const names = new Map<Variable, string>();
  const used = new Map<string, number>();
  const nameOf = (v: Variable): string => {
    let name = names.get(v);
    if (name === undefined) {
      const base = v.nameHint.replace(/^\./, '');
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      name = base === 'v' ? `v${n}` : n === 0 ? base : `${base}_${n}`;
      names.set(v, name);
    }
    return name;
  };
  const value = (h: Hlvalue): string => (h instanceof Constant ? constantText(h.value) : nameOf(h));
  const typed = (v: Variable): string => {
    const type = options.typeOf?.(v);
    return type ? `${nameOf(v)}: ${type}` : nameOf(v);
  };
  const blocks = graph.iterblocks();
  const blockNames = new Map<Block, string>();
  blocks.forEach((b, i) => blockNames.set(b, `block${i}`));
  blockNames.set(graph.returnblock, 'return');
  blockNames.set(graph.exceptblock, 'raise');
  const lineOf = (start: number | undefined): string =>
    options.source && start !== undefined ? `  # line ${options.source.lineOf(start)}` : '';

  const params = graph.startblock.inputargs.map(typed).join(', ');
  const returnType = options.typeOf?.(graph.getReturnVar());
  const note = (text: string | null | undefined): string => (text ? `  ${text}` : '');
  let out = `def ${graph.name}(${params})${returnType ? ` -> ${returnType}` : ''}:${note(options.graphNote?.(graph))}\n`;
  for (const block of blocks) {
    if (block.isFinal) continue;
    if (options.isAnnotated && !options.isAnnotated(block)) continue;
    out += `  ${blockNames.get(block)}(${block.inputargs.map(typed).join(', ')}):\n`;
    for (const op of block.operations) {
      out += `    ${typed(op.result)} = ${op.opname}(${op.args.map(value).join(', ')})${lineOf(op.span?.start)}${note(options.operationNote?.(op))}\n`;
    }
    out += exitsText(block, blockNames, value);
  }
  return out;
}

function exitsText(block: Block, blockNames: Map<Block, string>, value: (h: Hlvalue) => string): string {
  const target = (link: Link): string => `${blockNames.get(link.target)}(${link.args.map(value).join(', ')})`;
  if (block.exitswitch === null) return `    goto ${target(block.exits[0]!)}\n`;
  if (block.exitswitch === LAST_EXCEPTION) {
    // A block whose last operation always raises (`raise` in a try body) has no success exit.
    let out = '';
    for (const link of block.exits) out += `    on ${link.exitcase === null ? 'success' : constantText(link.exitcase)} goto ${target(link)}\n`;
    return out;
  }
  let out = `    switch ${value(block.exitswitch)}:\n`;
  for (const link of block.exits) out += `      case ${constantText(link.exitcase)}: goto ${target(link)}\n`;
  return out;
}
