// `wyrm annotate PROG.py [--function NAME]`: prints every reachable function's flow graph with
// the type inferred for each variable, and the types of module variables.

import { analyze } from '../../driver/pipeline.ts';
import { printGraph } from '../../frontend/flowprint.ts';
import type { SomeValue } from '../../annotator/model.ts';
import { readSource } from '../readsource.ts';
import { EXIT_USAGE, reportFailure } from '../failures.ts';

export function runAnnotateCommand(program: string, options: { function?: string; debug: boolean }): number {
  const source = readSource(program);
  if (typeof source === 'string') {
    process.stderr.write(`wyrm: error: ${source}\n`);
    return EXIT_USAGE;
  }
  let analysis;
  try {
    analysis = analyze(source);
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
  const typeOf = (v: { annotation: unknown }): string | null => (v.annotation ? (v.annotation as SomeValue).toString() : null);
  for (const graph of graphs) {
    process.stdout.write(printGraph(graph, { typeOf, source, isAnnotated: (b) => annotator.isAnnotated(b) }));
    process.stdout.write('\n');
  }
  return 0;
}
