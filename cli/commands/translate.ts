// `wyrm translate PROG.py -o DIR`: writes DIR/PROG.wasm and its loader DIR/PROG.mjs
// (`node DIR/PROG.mjs ARGS` runs it, and so does a browser that imports it), with --html a page
// DIR/PROG.html that runs it, and reports the size and the time of each phase.

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { translate } from '../../driver/pipeline.ts';
import { makeLoader, makePage } from '../../runtime/loader.ts';
import { readSource } from '../readsource.ts';
import { EXIT_USAGE, reportFailure } from '../failures.ts';

export function runTranslateCommand(program: string, options: { output: string; optimize: number; debug: boolean; verbose: boolean; html?: boolean; wat?: boolean; names?: boolean; readable?: boolean; keepGoing?: number }): number {
  const source = readSource(program);
  if (typeof source === 'string') {
    process.stderr.write(`wyrm: error: ${source}\n`);
    return EXIT_USAGE;
  }
  const start = performance.now();
  let translation;
  try {
    translation = translate(source, { optimize: options.optimize, scriptPath: program, text: options.wat ?? false, keepGoing: options.keepGoing, names: options.names ?? false });
  } catch (error) {
    return reportFailure(error, options.debug);
  }
  const stem = basename(program).replace(/\.py$/, '');
  try {
    mkdirSync(options.output, { recursive: true });
    writeFileSync(join(options.output, `${stem}.wasm`), translation.binary);
    writeFileSync(join(options.output, `${stem}.mjs`), makeLoader(translation.info, `${stem}.wasm`, translation.binary, { minify: !(options.readable ?? false) }));
    if (options.html) writeFileSync(join(options.output, `${stem}.html`), makePage(basename(program), `${stem}.mjs`, `${stem}.wasm`));
    if (translation.text !== null) writeFileSync(join(options.output, `${stem}.wat`), translation.text);
  } catch (error) {
    process.stderr.write(`wyrm: error: cannot write to ${options.output}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  if (options.verbose) {
    const phases = Object.entries(translation.timings).map(([phase, ms]) => `${phase} ${ms.toFixed(1)} ms`).join(', ');
    process.stderr.write(`wyrm: ${stem}.wasm: ${translation.binary.length} bytes in ${(performance.now() - start).toFixed(0)} ms (${phases})\n`);
  }
  return 0;
}
