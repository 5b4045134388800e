// The parser's cursor over the token array, shared by every grammar file in this folder.
// It owns token access, position bookkeeping for node spans, the nesting-depth guard and the
// choice of which syntax error to report when several apply (CPython's precedence between
// tokenizer errors, unclosed brackets and parser errors).

import { Diag } from '../../diagnostics/catalog.ts';
import type { DiagnosticKind } from '../../diagnostics/catalog.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import type { CompileError } from '../../diagnostics/diagnostic.ts';
import type { SourceFile } from '../source.ts';
import type { TokenizeResult } from '../tokenizer.ts';
import { Tok, tokenSpelling } from '../tokens.ts';
import type { Token, TokenKind } from '../tokens.ts';

/**
 * Limit on the depth of the tree being built (nested brackets, unary operators, left-deep
 * chains such as `a + b + c ...` or `x.y.z ...`). CPython gives up near 3,000 as well; the
 * limit keeps the parser, the dumper and every recursive walker of the tree far from the
 * JavaScript stack limit.
 */
const MAX_NESTING = 2500;

export class Parser {
  readonly source: SourceFile;
  readonly text: string;
  readonly tokens: Token[];
  readonly tokenized: TokenizeResult;
  /** Index of the current token. */
  index = 0;
  /** The current token. */
  tok: Token;
  /** End offset of the last consumed token: the end of the node being built. */
  prevEnd = 0;
  private depth = 0;
  /** Set when the source uses syntax that only Python 3.12 accepts. */
  usesPython312: boolean;

  constructor(source: SourceFile, tokenized: TokenizeResult) {
    this.source = source;
    this.text = source.text;
    this.tokens = tokenized.tokens;
    this.tokenized = tokenized;
    this.tok = this.tokens[0]!;
    this.usesPython312 = tokenized.usesPython312FStrings;
  }

  // ------------------------------------------------------------------------------------------
  // Token access

  /** The current token's kind (a method, so that TypeScript does not narrow it across calls). */
  kind(): TokenKind {
    return this.tok.kind;
  }

  advance(): Token {
    const token = this.tok;
    this.prevEnd = token.end;
    if (token.kind !== Tok.EndOfFile) {
      this.index++;
      this.tok = this.tokens[this.index]!;
    }
    return token;
  }

  /** Consumes the current token if it has `kind`. */
  eat(kind: TokenKind): boolean {
    if (this.tok.kind !== kind) return false;
    this.advance();
    return true;
  }

  expect(kind: TokenKind): Token {
    if (this.tok.kind !== kind) this.failExpected(`'${tokenSpelling.get(kind) ?? '?'}'`);
    return this.advance();
  }

  peekKind(offset: number): TokenKind {
    const token = this.tokens[this.index + offset];
    return token === undefined ? Tok.EndOfFile : token.kind;
  }

  peek(offset: number): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  /** True when the current token is the name `word` (a soft keyword). */
  atSoftKeyword(word: string): boolean {
    return this.tok.kind === Tok.Name && this.tok.value === word;
  }

  expectName(): Token {
    if (this.tok.kind !== Tok.Name) this.failAtCurrent();
    return this.advance();
  }

  // ------------------------------------------------------------------------------------------
  // Nesting guard

  enter(): void {
    if (++this.depth > MAX_NESTING) this.failNesting();
  }

  leave(count = 1): void {
    this.depth -= count;
  }

  failNesting(): never {
    throw compileError(Diag.NestingTooDeep, 'too many nested expressions or statements', this.source, {
      start: this.tok.start,
      length: Math.max(1, this.tok.end - this.tok.start),
    });
  }

  // ------------------------------------------------------------------------------------------
  // Errors

  /** The tokenizer's error, if the parser has reached it. */
  private tokenizerError(): CompileError {
    const error = this.tokenized.error!;
    return compileError(error.kind, error.message, this.source, { start: error.start, length: error.length });
  }

  /**
   * Throws a syntax error located at [start, start+length), unless CPython would show another
   * one: a tokenizer error reached or found later in the file, or a bracket left open before
   * the error's line.
   */
  fail(message: string, start: number, length = 1, kind: DiagnosticKind = Diag.SyntaxError): never {
    if (this.tok.kind === Tok.Error) throw this.tokenizerError();
    const tokError = this.tokenized.error;
    if (tokError !== null && tokError.overridesParserErrors) {
      const unclosed = this.tokenized.unclosedBracket;
      if (unclosed === null || tokError.start !== unclosed.start) throw this.tokenizerError();
      if (this.source.lineOf(start) > this.source.lineOf(unclosed.start)) throw this.tokenizerError();
    }
    if (start >= this.text.length) {
      // Errors at the end of the file: CPython puts them on the line of the last character.
      start = Math.max(0, this.text.length - 1);
      length = 1;
    }
    throw compileError(kind, message, this.source, { start, length: Math.max(0, length) });
  }

  failAt(message: string, span: { start: number; length: number }): never {
    return this.fail(message, span.start, span.length);
  }

  /** CPython's generic error at the token where parsing stopped. */
  failAtCurrent(): never {
    const token = this.tok;
    // CPython reports these as they are, without looking for other errors further on.
    if (token.kind === Tok.Indent) {
      throw compileError(Diag.IndentationError, 'unexpected indent', this.source, { start: this.peek(1).start, length: 1 });
    }
    if (token.kind === Tok.Dedent) {
      throw compileError(Diag.IndentationError, 'unexpected unindent', this.source, { start: token.start, length: 1 });
    }
    if (this.tok.kind === Tok.EndOfFile) this.fail('unexpected EOF while parsing', token.start, 0);
    this.fail('invalid syntax', token.start, token.end - token.start);
  }

  failExpected(what: string): never {
    if (this.tok.kind === Tok.Newline || this.tok.kind === Tok.EndOfFile || this.tok.kind === Tok.Error) {
      // CPython reports "expected ':'" at the end of the line.
      this.fail(`expected ${what}`, this.prevEnd, 1);
    }
    this.failAtCurrent();
  }
}
