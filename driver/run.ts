// Runs a translated program in this process (for `wyrm run` and the tests): compiles the wasm
// and calls the same host runtime that the generated loader uses.

import { runProgram, type ProgramIO } from '../runtime/host.mjs';
import type { Translation } from './pipeline.ts';
import { tierForProgram } from './tiering.ts';
import { linesOfText } from '../runtime/hoststdin.mjs';

export interface CapturedRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runTranslation(translation: Translation, argv: string[], io: ProgramIO): Promise<number> {
  tierForProgram();
  const module = await WebAssembly.compile(translation.binary as BufferSource);
  return runProgram(module, translation.info, argv, io);
}

/** Runs the program with its output collected in memory, and `stdin` as its standard input. */
export async function runCaptured(translation: Translation, argv: string[] = [], stdin = ''): Promise<CapturedRun> {
  const chunks: Uint8Array[][] = [[], [], []];
  const io = { write: (fd: number, bytes: Uint8Array) => chunks[fd === 2 ? 2 : 1]!.push(bytes), readLine: linesOfText(() => stdin) };
  const status = await runTranslation(translation, argv, io);
  const text = (parts: Uint8Array[]): string => Buffer.concat(parts).toString('utf8');
  return { status, stdout: text(chunks[1]!), stderr: text(chunks[2]!) };
}
