// The command line: parses arguments with yargs and dispatches to one module per command.
// Every failure a user can cause ends here as a one-line message and an exit status; a raw
// TypeScript stack trace is shown only with --debug.

import yargs from 'yargs';
import { runAstCommand } from './commands/ast.ts';

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const parser = yargs(argv)
    .scriptName('wyrm')
    .usage('$0 <command> [options]')
    .command(
      'ast <files..>',
      "print CPython's ast.dump() of each file, one line per file",
      (y) => y.positional('files', { type: 'string', array: true, demandOption: true }),
      (args) => {
        status = runAstCommand(args.files as string[]);
      },
    )
    .demandCommand(1, 'wyrm: error: a command is required (see wyrm --help)')
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
      process.stderr.write(`wyrm: error: ${error.message.replace(/^wyrm: error: /, '')}\n`);
      return 2;
    }
    throw error;
  }
  return status;
}
