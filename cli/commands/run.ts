// `wyrm run PROG.py [ARGS...]`: translates the program and runs it in this process, with the
// program's stdout, stderr and exit status as its own.

import { readSync, writeSync } from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { linesOfChunks, stdinChunks } from '../../runtime/hoststdin.mjs';
import { nodeMemoryCheck } from '../../runtime/hostmemory.mjs';
import { translate } from '../../driver/pipeline.ts';
import { runTranslation } from '../../driver/run.ts';
import { readSource } from '../readsource.ts';
import { EXIT_USAGE, reportFailure } from '../failures.ts';

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

export async function runRunCommand(program: string, args: string[], options: { optimize: number; debug: boolean; keepGoing?: number }): Promise<number> {
  const source = readSource(program);
  if (typeof source === 'string') {
    process.stderr.write(`wyrm: error: ${source}\n`);
    return EXIT_USAGE;
  }
  let translation;
  try {
    translation = translate(source, { optimize: options.optimize, scriptPath: program, keepGoing: options.keepGoing });
  } catch (error) {
    return reportFailure(error, options.debug);
  }
  return runTranslation(translation, args, { write: writeAll, readLine: linesOfChunks(stdinChunks(readSync)), memoryFits: nodeMemoryCheck(v8, vm) });
}
