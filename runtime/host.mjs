// The whole host side of a translated program, for running it in this process (`wyrm run`,
// driver/run.ts, the tests): every host function (hostimports.mjs) bound to one instance, and
// runProgram(), which instantiates the module, passes sys.argv and returns the exit status.
// A program's loader does not use this file: it has only the host functions its module imports
// (runtime/loader.ts). Plain JavaScript with no Node imports, shared with Node and browsers.

import * as factories from './hostimports.mjs';
import * as instances from './hostinstance.mjs';

export { exactQuotient, pyFloatRepr, pyParseFloat, roundDigits } from './hostnumbers.mjs';

/**
 * The imports of a translated module. `program` is the ProgramInfo written by the translator;
 * `io.write(fd, bytes)` receives the program's output; `io.readLine()`, if given, gives
 * input() its lines (runtime/hoststdin.mjs), and `io.memoryFits(bytes)` says whether a large
 * allocation will fit (runtime/hostmemory.mjs).
 */
export function createHost(program, io) {
  return instances.createHost(program, io, factories);
}

/** Instantiates a translated program: see instantiateProgram in hostinstance.mjs. */
export function instantiateProgram(module, program, io) {
  return instances.instantiateProgram(module, program, io, factories);
}

/**
 * Runs a translated program: `module` is a compiled WebAssembly.Module, `argv` its sys.argv
 * after the script name. Resolves to the exit status.
 */
export async function runProgram(module, program, argv, io) {
  const { start } = await instantiateProgram(module, program, io);
  return start(argv);
}
