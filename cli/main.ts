// The command line: parses arguments with yargs and dispatches to one module per command.
// Every failure a user can cause ends here as a one-line message and exit status 2 (usage) or
// a located diagnostic and status 1 (the program cannot be translated); a failure of Wyrm itself
// is an "internal error" with status 70, its stack shown only with --debug.

import yargs from 'yargs';
import { runAstCommand } from './commands/ast.ts';
import { runAnnotateCommand } from './commands/annotate.ts';
import { runRunCommand } from './commands/run.ts';
import { runTranslateCommand } from './commands/translate.ts';
import { EXIT_USAGE, reportFailure } from './failures.ts';

class UsageError extends Error {}

/** `wyrm run [options] PROG.py ARGS...`: everything after the program goes to the program. */
function splitRunArguments(argv: string[]): { wyrmArgs: string[]; programArgs: string[] } {
  const runIndex = argv.indexOf('run');
  if (runIndex < 0) return { wyrmArgs: argv, programArgs: [] };
  for (let i = runIndex + 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return { wyrmArgs: argv.slice(0, i + 2), programArgs: argv.slice(i + 2) };
    if (!arg.startsWith('-')) return { wyrmArgs: argv.slice(0, i + 1), programArgs: argv.slice(i + 1) };
  }
  return { wyrmArgs: argv, programArgs: [] };
}

function optimizationLevel(value: unknown): number {
  const level = value === undefined ? 3 : Number(value);
  if (!Number.isInteger(level) || level < 0 || level > 4) throw new UsageError(`-O must be 0, 1, 2, 3 or 4 (got ${String(value)})`);
  return level;
}

export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const { wyrmArgs, programArgs } = splitRunArguments(argv);
  const debug = wyrmArgs.includes('--debug');
  // --keep-going: report up to 20 independent errors instead of stopping at the first.
  const keepGoing = wyrmArgs.includes('--keep-going') ? 20 : 0;
  const parser = yargs(wyrmArgs)
    .scriptName('wyrm')
    .usage('$0 <command> [options]\n\nTranslate a statically typable subset of Python 3 to WebAssembly.')
    .option('debug', { type: 'boolean', describe: 'show the stack of internal errors', global: true })
    .option('keep-going', { type: 'boolean', describe: 'report every independent error (up to 20), not only the first', global: true })
    .command(
      'run <program>',
      'translate PROG.py and run it; arguments after it are its sys.argv[1:]',
      (y) =>
        y
          .positional('program', { type: 'string', describe: 'the Python program', demandOption: true })
          .option('O', { type: 'number', describe: 'Binaryen optimization level, 0-3 (default 3)' }),
      async (args) => {
        status = await runRunCommand(args.program, programArgs, { optimize: optimizationLevel(args.O), debug, keepGoing });
      },
    )
    .command(
      'translate <program>',
      'write DIR/PROG.wasm and DIR/PROG.mjs (run with: node DIR/PROG.mjs ARGS, or import it in a browser)',
      (y) =>
        y
          .positional('program', { type: 'string', describe: 'the Python program', demandOption: true })
          .option('o', { alias: 'output', type: 'string', describe: 'output directory', default: '.' })
          .option('O', { type: 'number', describe: 'Binaryen optimization level, 0-3 (default 3)' })
          .option('verbose', { alias: 'v', type: 'boolean', describe: 'report the size and the time of each phase' })
          .option('html', { type: 'boolean', describe: 'also write DIR/PROG.html, a page that runs the program (argv: ?args=10,20)' })
          .option('wat', { type: 'boolean', describe: 'also write DIR/PROG.wat, the optimized module in WebAssembly text format' })
          .option('names', { type: 'boolean', describe: "keep the functions' names in PROG.wasm (for profilers such as node --cpu-prof)" })
          .option('readable', { type: 'boolean', describe: 'write DIR/PROG.mjs unminified, to read or debug the loader' }),
      (args) => {
        status = runTranslateCommand(args.program, {
          output: args.o,
          optimize: optimizationLevel(args.O),
          debug,
          keepGoing,
          verbose: args.verbose ?? false,
          html: args.html ?? false,
          wat: args.wat ?? false,
          names: args.names ?? false,
          readable: args.readable ?? false,
        });
      },
    )
    .command(
      'annotate <program>',
      "print each reachable function's flow graph with the inferred types",
      (y) =>
        y
          .positional('program', { type: 'string', describe: 'the Python program', demandOption: true })
          .option('function', { alias: 'f', type: 'string', describe: 'print only this function' }),
      (args) => {
        status = runAnnotateCommand(args.program, { function: args.function, debug, keepGoing });
      },
    )
    .command(
      'ast <files..>',
      "print CPython's ast.dump() of each file, one line per file",
      (y) => y.positional('files', { type: 'string', array: true, demandOption: true }),
      (args) => {
        status = runAstCommand(args.files as string[]);
      },
    )
    .demandCommand(1, 'a command is required (see wyrm --help)')
    .strict()
    .help()
    .version(false)
    .fail((message, error) => {
      if (error && !(error instanceof UsageError)) throw error;
      throw new UsageError(message ?? String(error));
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`wyrm: error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    return reportFailure(error, debug);
  }
  return status;
}
