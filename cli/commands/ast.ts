// `wyrm ast FILE...`: one line per file, exactly CPython's ast.dump(ast.parse(source)).
// (Placeholder until the parser lands: reports that the command is not available yet.)

export function runAstCommand(files: string[]): number {
  process.stderr.write(`wyrm: error: the parser is not built yet (${files.length} file(s) given)\n`);
  return 2;
}
