// Shared by the parser tests: the corpus files (`corpus/x.py` beside CPython's `x.dump`) and a
// helper that parses a file exactly as `wyrm ast` does.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dumpModule } from '../../frontend/astdump.ts';
import { parseSource } from '../../frontend/parser/parse.ts';
import { SourceFile } from '../../frontend/source.ts';
import { decodeSource } from '../../frontend/sourcedecode.ts';

export const corpusDir = join(import.meta.dirname, 'corpus');

export function corpusFiles(): string[] {
  return readdirSync(corpusDir).filter((name) => name.endsWith('.py')).sort();
}

/** Decodes, parses and dumps a file the way `wyrm ast` does. */
export function dumpFile(path: string): { dump: string; usesPython312Syntax: boolean } {
  const source = new SourceFile(path, decodeSource(readFileSync(path)));
  const { module, usesPython312Syntax } = parseSource(source);
  return { dump: dumpModule(module, usesPython312Syntax ? '3.12' : '3.11'), usesPython312Syntax };
}
