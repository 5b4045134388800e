// `wyrm annotate PROG.py [--function NAME]`: prints every reachable function's flow graph with
// the type inferred for each variable, the types of module variables, the program's classes with
// the type of each attribute, and the exceptions each call and each function can raise
// (annotator/raises.ts).

import { analyze } from '../../driver/pipeline.ts';
import { printGraph } from '../../frontend/flowprint.ts';
import type { SomeValue } from '../../annotator/model.ts';
import { analyzeRaises, Raises } from '../../annotator/raises.ts';
import type { Annotator } from '../../annotator/annotator.ts';
import { PyClass } from '../../frontend/program.ts';
import type { Block, FunctionGraph, SpaceOperation } from '../../frontend/flowmodel.ts';
import { readSource } from '../readsource.ts';
import { EXIT_USAGE, reportFailure } from '../failures.ts';

export function runAnnotateCommand(program: string, options: { function?: string; debug: boolean; keepGoing?: number }): number {
  const source = readSource(program);
  if (typeof source === 'string') {
    process.stderr.write(`wyrm: error: ${source}\n`);
    return EXIT_USAGE;
  }
  let analysis;
  try {
    analysis = analyze(source, {}, options.keepGoing ?? 0);
  } catch (error) {
    return reportFailure(error, options.debug);
  }
  const { annotator } = analysis;
  const wanted = options.function;
  const graphs = annotator.graphs.filter((g) => !wanted || g.name === wanted || g.name.split('.').pop() === wanted || g.name.startsWith(`${wanted}[`));
  if (wanted && graphs.length === 0) {
    const known = annotator.graphs.map((g) => g.name).join(', ');
    process.stderr.write(`wyrm: error: no reachable function named '${wanted}' (reachable: ${known})\n`);
    return EXIT_USAGE;
  }
  const globals = annotator.bookkeeper.allGlobalCells();
  if (!wanted && globals.length > 0) {
    process.stdout.write('module variables:\n');
    for (const cell of globals) process.stdout.write(`  ${cell.variable.name}: ${cell.value.toString()}\n`);
    process.stdout.write('\n');
  }
  if (!wanted) process.stdout.write(classSummary(annotator));
  const typeOf = (v: { annotation: unknown }): string | null => (v.annotation ? (v.annotation as SomeValue).toString() : null);
  const raises = analyzeRaises(annotator);
  const listed = (names: string[]): string | null => (names.length > 0 ? `raises: ${names.join(', ')}` : null);
  const isCall = (op: SpaceOperation): boolean => op.opname === 'simple_call' || op.opname === 'call_args';
  const print = {
    typeOf,
    source,
    isAnnotated: (b: Block) => annotator.isAnnotated(b),
    operationNote: (op: SpaceOperation) => (isCall(op) ? listed(Raises.names(raises.ofOp(op))) : null),
    graphNote: (g: FunctionGraph) => listed(Raises.names(raises.ofFunction(g))),
  };
  for (const graph of graphs) {
    process.stdout.write(printGraph(graph, print));
    process.stdout.write('\n');
  }
  return 0;
}

/**
 * The program's own classes (not its generators' or closures' classes, nor builtin exceptions),
 * each with its base and the attributes its instances carry, as the annotator inferred them. An
 * attribute is listed on the class that owns it: the highest class whose instances set it.
 */
function classSummary(annotator: Annotator): string {
  let text = '';
  for (const classdef of annotator.bookkeeper.allClassDefs()) {
    const cls = classdef.desc.pyobj;
    if (!(cls instanceof PyClass) || cls.synthetic || cls.generatorOf !== null || cls.module.isRuntimeLibrary) continue;
    const base = classdef.basedef ? `(${classdef.basedef.name})` : '';
    text += `  class ${classdef.desc.displayName}${base}:\n`;
    const own = [...classdef.attrs.values()].filter((a) => a.owner === classdef && !a.name.startsWith('.'));
    if (own.length === 0) text += '    (no attributes of its own)\n';
    for (const attr of own) text += `    ${attr.name}: ${attr.value.toString()}\n`;
  }
  return text === '' ? '' : `classes:\n${text}\n`;
}
