// The parser's entry points: source text to a Module, or a located CompileError.
// Tokenizes the whole file first (see tokenizer.ts), then parses statements until the end,
// turning a JavaScript stack overflow into a located "nested too deeply" error as a last resort.

import { Diag } from '../../diagnostics/catalog.ts';
import { CompileError, compileError } from '../../diagnostics/diagnostic.ts';
import type * as A from '../ast.ts';
import type { SourceFile } from '../source.ts';
import { tokenize } from '../tokenizer.ts';
import { Tok } from '../tokens.ts';
import { Parser } from './state.ts';
import { parseStatementInto } from './statements.ts';

export interface ParseResult {
  module: A.Module;
  /** The file uses syntax new in Python 3.12 (type parameters, `type`, PEP 701 f-strings). */
  usesPython312Syntax: boolean;
}

// file: [statements] ENDMARKER
export function parseSource(source: SourceFile): ParseResult {
  const parser = new Parser(source, tokenize(source.text));
  try {
    const body: A.Stmt[] = [];
    while (parser.kind() !== Tok.EndOfFile) parseStatementInto(parser, body);
    const module: A.Module = { nodeType: 'Module', body, type_ignores: [], start: 0, length: source.text.length };
    return { module, usesPython312Syntax: parser.usesPython312 };
  } catch (error) {
    if (error instanceof CompileError) throw error;
    if (error instanceof RangeError) {
      const token = parser.tok;
      throw compileError(Diag.NestingTooDeep, 'too many nested expressions or statements', source, {
        start: token.start,
        length: Math.max(1, token.end - token.start),
      });
    }
    throw error;
  }
}

// file: [statements] ENDMARKER
/** Parses a whole file; throws CompileError on a syntax error. */
export function parseModule(source: SourceFile): A.Module {
  return parseSource(source).module;
}
