// The tokenizer: Python 3.12 source text to a flat array of tokens, produced in one pass.
// It tracks indentation (INDENT/DEDENT, TabError), brackets (implicit line joining, mismatch
// errors, the 200-level nesting limit), backslash continuations and PEP 701 f-strings, which it
// splits into FStringStart / FStringMiddle / expression tokens / FStringEnd with a stack of
// modes, as CPython 3.12's tokenizer does.
//
// It never throws. On the first error it stops, appends an Error token and reports the error in
// the result; the parser decides, as CPython does, whether that error or its own is shown.
//
// Longer than most files on purpose: its scanners are methods of one class because they share
// the position, the mode stack and the bracket stack on the hottest path of parsing (the parser
// benchmark runs it over the whole standard library), and split apart they would pass that state
// back and forth.
// (Over 600 lines: string, number and f-string scanning share the cursor state of one class.)

import { Diag } from '../diagnostics/catalog.ts';
import type { DiagnosticKind } from '../diagnostics/catalog.ts';
import { Tok, keywords } from './tokens.ts';
import type { Token, TokenKind } from './tokens.ts';
import { isPrintable } from './pyprintable.ts';

export interface TokenizeError {
  kind: DiagnosticKind;
  message: string;
  start: number;
  length: number;
  /**
   * True when CPython raises this error as soon as its tokenizer meets it, so that it replaces
   * a syntax error the parser found earlier in the file; false for indentation errors, which
   * CPython reports only when the parser reaches them.
   */
  overridesParserErrors: boolean;
}

export interface TokenizeResult {
  tokens: Token[];
  error: TokenizeError | null;
  /** The bracket still open at the end of the file, if any. */
  unclosedBracket: { char: string; start: number } | null;
  /** The source uses f-string forms that only Python 3.12 accepts (PEP 701). */
  usesPython312FStrings: boolean;
}

const MAX_BRACKET_DEPTH = 200;
const MAX_INDENT_DEPTH = 100;
const TAB_SIZE = 8;

const ModeKinds = {
  /** Literal text of an f-string. */
  FStringText: 0,
  /** Inside a replacement field `{...}`: ordinary tokens. */
  Field: 1,
  /** Inside a format spec after `:`: literal text and nested fields. */
  FormatSpec: 2,
} as const;
type ModeKind = (typeof ModeKinds)[keyof typeof ModeKinds];

interface FStringInfo {
  quote: number;
  triple: boolean;
  raw: boolean;
  start: number;
}

interface Mode {
  kind: ModeKind;
  fstring: FStringInfo;
  /** Number of open brackets once this field's `{` is open. */
  bracketDepth: number;
}

class StopTokenizing extends Error {}

const CH_TAB = 9, CH_LF = 10, CH_FF = 12, CH_CR = 13, CH_SPACE = 32;
const CH_QUOTE = 34, CH_HASH = 35, CH_APOS = 39, CH_BACKSLASH = 92, CH_UNDERSCORE = 95;
const CH_LBRACE = 123, CH_RBRACE = 125;

function isAsciiIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === CH_UNDERSCORE;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const validIdentifier = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const xidContinue = /^\p{XID_Continue}$/u;
const xidStart = /^[\p{XID_Start}_]$/u;

function codePointLabel(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

const stringPrefixes = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);

class Tokenizer {
  private readonly text: string;
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: { char: number; start: number }[] = [];
  private readonly modes: Mode[] = [];
  private atLineStart = true;
  error: TokenizeError | null = null;
  usesPython312FStrings = false;

  constructor(text: string) {
    this.text = text;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): TokenizeResult {
    try {
      // CPython refuses null bytes anywhere before it starts tokenizing.
      const nul = this.text.indexOf('\0');
      if (nul >= 0) this.fail('source code cannot contain null bytes', nul);
      this.scanAll();
    } catch (e) {
      if (!(e instanceof StopTokenizing)) throw e;
    }
    const lastBracket = this.brackets[this.brackets.length - 1];
    return {
      tokens: this.tokens,
      error: this.error,
      unclosedBracket: lastBracket ? { char: String.fromCharCode(lastBracket.char), start: lastBracket.start } : null,
      usesPython312FStrings: this.usesPython312FStrings,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Errors

  private fail(message: string, start: number, length = 1, kind: DiagnosticKind = Diag.SyntaxError, overrides = true): never {
    this.error = { kind, message, start, length, overridesParserErrors: overrides };
    this.tokens.push({ kind: Tok.Error, start, end: start + length, value: message });
    this.tokens.push({ kind: Tok.EndOfFile, start: this.text.length, end: this.text.length, value: '' });
    throw new StopTokenizing();
  }

  private lineNumberAt(offset: number): number {
    let line = 1;
    const text = this.text;
    for (let i = 0; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === CH_LF) line++;
      else if (c === CH_CR && text.charCodeAt(i + 1) !== CH_LF) line++;
    }
    return line;
  }

  private push(kind: TokenKind, start: number, end: number, value = ''): void {
    this.tokens.push({ kind, start, end, value });
  }

  // ------------------------------------------------------------------------------------------
  // Main loop

  private scanAll(): void {
    const text = this.text;
    const length = text.length;
    for (;;) {
      const mode = this.modes.length > 0 ? this.modes[this.modes.length - 1]! : null;
      if (mode !== null && mode.kind !== ModeKinds.Field) {
        if (mode.kind === ModeKinds.FStringText) this.scanFStringText(mode);
        else this.scanFormatSpec(mode);
        continue;
      }
      if (this.atLineStart) {
        this.atLineStart = false;
        if (this.brackets.length === 0 && this.handleIndentation()) continue;
      }
      // Whitespace, comments and continuations between tokens.
      let c = text.charCodeAt(this.pos);
      while (c === CH_SPACE || c === CH_TAB || c === CH_FF) c = text.charCodeAt(++this.pos);
      if (c === CH_HASH) {
        if (mode !== null) this.usesPython312FStrings = true;
        while (this.pos < length) {
          c = text.charCodeAt(this.pos);
          if (c === CH_LF || c === CH_CR) break;
          this.pos++;
        }
      }
      if (this.pos >= length) {
        this.finish();
        return;
      }
      const start = this.pos;
      if (c === CH_LF || c === CH_CR) {
        this.pos += c === CH_CR && text.charCodeAt(this.pos + 1) === CH_LF ? 2 : 1;
        if (this.brackets.length === 0) {
          this.push(Tok.Newline, start, this.pos);
          this.atLineStart = true;
        } else if (mode !== null && !mode.fstring.triple) {
          this.usesPython312FStrings = true;
        }
        continue;
      }
      if (c === CH_BACKSLASH) {
        this.scanContinuation();
        continue;
      }
      if (isAsciiIdentifierChar(c) && !isDigit(c)) {
        this.scanNameOrString(start);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(start + 1)))) {
        this.scanNumber(start);
        continue;
      }
      if (c === CH_QUOTE || c === CH_APOS) {
        this.scanString(start, start, '');
        continue;
      }
      if (c >= 128) {
        this.scanNonAscii(start);
        continue;
      }
      this.scanOperator(start, c, mode);
    }
  }

  /** Measures a new line's indentation; returns true when the line was blank (skipped). */
  private handleIndentation(): boolean {
    const text = this.text;
    let col = 0;
    let altCol = 0;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === CH_SPACE) {
        col++;
        altCol++;
      } else if (c === CH_TAB) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altCol++;
      } else if (c === CH_FF) {
        col = altCol = 0;
      } else break;
      pos++;
    }
    const c = text.charCodeAt(pos);
    if (c === CH_HASH || c === CH_LF || c === CH_CR || pos >= text.length) {
      // A blank or comment-only line: no indentation change, no NEWLINE.
      while (pos < text.length) {
        const d = text.charCodeAt(pos);
        if (d === CH_LF || d === CH_CR) break;
        pos++;
      }
      if (pos < text.length) {
        pos += text.charCodeAt(pos) === CH_CR && text.charCodeAt(pos + 1) === CH_LF ? 2 : 1;
        this.atLineStart = true;
      }
      this.pos = pos;
      return true;
    }
    const lineStart = this.pos;
    this.pos = pos;
    const indents = this.indents;
    const altIndents = this.altIndents;
    const top = indents[indents.length - 1]!;
    const tabError = (): never =>
      this.fail('inconsistent use of tabs and spaces in indentation', lineStart, pos - lineStart || 1, Diag.TabError, false);
    if (col === top) {
      if (altCol !== altIndents[altIndents.length - 1]) tabError();
    } else if (col > top) {
      if (indents.length >= MAX_INDENT_DEPTH) {
        this.fail('too many levels of indentation', lineStart, pos - lineStart, Diag.IndentationError);
      }
      if (altCol <= altIndents[altIndents.length - 1]!) tabError();
      indents.push(col);
      altIndents.push(altCol);
      this.push(Tok.Indent, lineStart, pos);
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]!) {
        indents.pop();
        altIndents.pop();
        this.push(Tok.Dedent, pos, pos);
      }
      if (col !== indents[indents.length - 1]) {
        this.fail('unindent does not match any outer indentation level', pos, 1, Diag.IndentationError, false);
      }
      if (altCol !== altIndents[altIndents.length - 1]) tabError();
    }
    return false;
  }

  private finish(): void {
    const end = this.text.length;
    if (this.modes.length > 0) {
      const fstring = this.modes[this.modes.length - 1]!.fstring;
      this.failUnterminatedString(fstring.start, fstring.triple, 'f-string');
    }
    if (this.brackets.length > 0) {
      const open = this.brackets[this.brackets.length - 1]!;
      this.fail(`'${String.fromCharCode(open.char)}' was never closed`, open.start);
    }
    const last = this.tokens[this.tokens.length - 1];
    if (last !== undefined && last.kind !== Tok.Newline && last.kind !== Tok.Dedent && last.kind !== Tok.Indent) {
      this.push(Tok.Newline, end, end);
    }
    for (let i = this.indents.length - 1; i > 0; i--) this.push(Tok.Dedent, end, end);
    this.push(Tok.EndOfFile, end, end);
  }

  private scanContinuation(): void {
    const text = this.text;
    const start = this.pos;
    const next = text.charCodeAt(start + 1);
    if (next === CH_LF || next === CH_CR) {
      this.pos = start + (next === CH_CR && text.charCodeAt(start + 2) === CH_LF ? 3 : 2);
      if (this.pos >= text.length) this.fail('unexpected EOF while parsing', this.pos, 0);
      return;
    }
    if (start + 1 >= text.length) this.fail('unexpected EOF while parsing', start + 1, 0);
    this.fail('unexpected character after line continuation character', start + 1);
  }

  // ------------------------------------------------------------------------------------------
  // Names

  private scanNameOrString(start: number): void {
    const text = this.text;
    let pos = start + 1;
    let c = text.charCodeAt(pos);
    while (isAsciiIdentifierChar(c)) c = text.charCodeAt(++pos);
    if ((c === CH_QUOTE || c === CH_APOS) && pos - start <= 2) {
      const prefix = text.slice(start, pos).toLowerCase();
      if (stringPrefixes.has(prefix)) {
        this.scanString(start, pos, prefix);
        return;
      }
    }
    if (c >= 128) {
      this.scanNonAscii(start);
      return;
    }
    this.pos = pos;
    const name = text.slice(start, pos);
    const keyword = keywords.get(name);
    this.push(keyword ?? Tok.Name, start, pos, name);
  }

  /** An identifier containing non-ASCII characters, or an invalid character. */
  private scanNonAscii(start: number): void {
    const text = this.text;
    let pos = start;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (isAsciiIdentifierChar(c)) pos++;
      else if (c >= 128 && pos < text.length) {
        const cp = text.codePointAt(pos)!;
        pos += cp > 0xffff ? 2 : 1;
      } else break;
    }
    const raw = text.slice(start, pos);
    const name = raw.normalize('NFKC');
    if (!validIdentifier.test(name)) {
      // Report the first character that cannot be part of an identifier.
      let first = true;
      for (const ch of name) {
        if (!(first ? xidStart : xidContinue).test(ch)) {
          const cp = ch.codePointAt(0)!;
          if (!isPrintable(cp)) this.fail(`invalid non-printable character ${codePointLabel(cp)}`, start, pos - start);
          this.fail(`invalid character '${ch}' (${codePointLabel(cp)})`, start, pos - start);
        }
        first = false;
      }
      this.fail('invalid syntax', start, pos - start);
    }
    this.pos = pos;
    this.push(Tok.Name, start, pos, name);
  }

  // ------------------------------------------------------------------------------------------
  // Numbers

  private scanNumber(start: number): void {
    const text = this.text;
    let pos = start;
    let c = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1) | 0x20;
    if (c === 48 && (next === 120 || next === 111 || next === 98)) {
      const name = next === 120 ? 'hexadecimal' : next === 111 ? 'octal' : 'binary';
      const isBaseDigit = next === 120 ? isHexDigit : next === 111 ? (d: number) => d >= 48 && d <= 55 : (d: number) => d === 48 || d === 49;
      pos += 2;
      let digits = 0;
      for (;;) {
        c = text.charCodeAt(pos);
        if (c === CH_UNDERSCORE) {
          pos++;
          c = text.charCodeAt(pos);
          if (!isBaseDigit(c)) this.fail(`invalid ${name} literal`, pos);
        }
        if (!isBaseDigit(c)) break;
        digits++;
        pos++;
      }
      if (digits === 0) this.fail(`invalid ${name} literal`, pos);
      if (isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, pos);
      this.endNumber(start, pos, name);
      return;
    }
    let isFloat = false;
    let leadingZeroProblem = false;
    if (c !== 46) {
      pos = this.scanDecimalDigits(pos);
      if (c === 48) {
        // "0", "00", "0_0" are fine; "012" is only allowed when a float or imaginary follows.
        for (let i = start; i < pos; i++) {
          const d = text.charCodeAt(i);
          if (d !== 48 && d !== CH_UNDERSCORE) leadingZeroProblem = true;
        }
      }
      c = text.charCodeAt(pos);
    }
    if (c === 46) {
      isFloat = true;
      pos++;
      if (isDigit(text.charCodeAt(pos))) pos = this.scanDecimalDigits(pos);
      c = text.charCodeAt(pos);
    }
    if (c === 101 || c === 69) {
      const save = pos;
      pos++;
      c = text.charCodeAt(pos);
      if (c === 43 || c === 45) {
        pos++;
        c = text.charCodeAt(pos);
      }
      if (!isDigit(c)) {
        // "1else": the e belongs to a keyword, not an exponent.
        if (c === 108 && text.startsWith('else', save)) {
          pos = save;
        } else {
          this.fail('invalid decimal literal', pos);
        }
      } else {
        pos = this.scanDecimalDigits(pos);
        isFloat = true;
      }
      c = text.charCodeAt(pos);
    }
    if (c === 106 || c === 74) {
      pos++;
      this.endNumber(start, pos, 'imaginary');
      return;
    }
    if (leadingZeroProblem && !isFloat) {
      this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start, pos - start);
    }
    this.endNumber(start, pos, 'decimal');
  }

  private scanDecimalDigits(pos: number): number {
    const text = this.text;
    for (;;) {
      let c = text.charCodeAt(pos);
      if (c === CH_UNDERSCORE) {
        pos++;
        c = text.charCodeAt(pos);
        if (!isDigit(c)) this.fail('invalid decimal literal', pos - 1);
      }
      if (!isDigit(c)) return pos;
      pos++;
    }
  }

  /** A number may be followed directly by a keyword (`1if x else 2`), not by another name. */
  private endNumber(start: number, pos: number, name: string): void {
    const text = this.text;
    const c = text.charCodeAt(pos);
    if (isAsciiIdentifierChar(c) || c >= 128) {
      let end = pos;
      while (isAsciiIdentifierChar(text.charCodeAt(end))) end++;
      const word = text.slice(pos, end);
      const allowed = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'].some((k) => word.startsWith(k));
      if (!allowed || c >= 128) this.fail(`invalid ${name} literal`, name === 'decimal' ? start : pos);
    }
    this.pos = pos;
    this.push(Tok.Number, start, pos, text.slice(start, pos));
  }

  // ------------------------------------------------------------------------------------------
  // Strings

  private failUnterminatedString(start: number, triple: boolean, what: string): never {
    const line = this.lineNumberAt(Math.min(this.pos, this.text.length));
    const kind = triple ? `unterminated triple-quoted ${what} literal` : `unterminated ${what} literal`;
    this.fail(`${kind} (detected at line ${line})`, start);
  }

  /** `quoteAt` is the offset of the opening quote; `prefix` the lowercased prefix letters. */
  private scanString(start: number, quoteAt: number, prefix: string): void {
    const text = this.text;
    const quote = text.charCodeAt(quoteAt);
    const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
    this.checkNestedQuote(quote);
    if (prefix.includes('f')) {
      const bodyStart = quoteAt + (triple ? 3 : 1);
      this.pos = bodyStart;
      this.push(Tok.FStringStart, start, bodyStart, text.slice(start, bodyStart));
      this.modes.push({
        kind: ModeKinds.FStringText,
        fstring: { quote, triple, raw: prefix.includes('r'), start },
        bracketDepth: this.brackets.length,
      });
      return;
    }
    let pos = quoteAt + (triple ? 3 : 1);
    const length = text.length;
    for (;;) {
      if (pos >= length) {
        this.pos = pos;
        this.failUnterminatedString(start, triple, 'string');
      }
      const c = text.charCodeAt(pos);
      if (c === quote) {
        if (!triple) {
          pos++;
          break;
        }
        if (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote) {
          pos += 3;
          break;
        }
      } else if (c === CH_BACKSLASH) {
        // Python 3.11 allowed no backslash anywhere in an f-string's replacement field.
        if (this.modes.length > 0) this.usesPython312FStrings = true;
        pos++;
        if (text.charCodeAt(pos) === CH_CR && text.charCodeAt(pos + 1) === CH_LF) pos++;
      } else if ((c === CH_LF || c === CH_CR) && !triple) {
        this.pos = pos;
        this.failUnterminatedString(start, triple, 'string');
      }
      pos++;
    }
    this.pos = pos;
    this.push(Tok.String, start, pos, text.slice(start, pos));
  }

  /** Python 3.11 could not reuse an enclosing f-string's quote inside a replacement field. */
  private checkNestedQuote(quote: number): void {
    for (const mode of this.modes) {
      if (mode.fstring.quote === quote) this.usesPython312FStrings = true;
    }
  }

  /** Literal text of an f-string, up to a replacement field or the closing quote. */
  private scanFStringText(mode: Mode): void {
    const text = this.text;
    const { quote, triple, raw } = mode.fstring;
    const length = text.length;
    const start = this.pos;
    let pos = start;
    let value = '';
    let chunkStart = pos;
    for (;;) {
      if (pos >= length) {
        this.pos = pos;
        this.failUnterminatedString(mode.fstring.start, triple, 'f-string');
      }
      const c = text.charCodeAt(pos);
      if (c === quote && (!triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote))) {
        value += text.slice(chunkStart, pos);
        if (pos > start) this.push(Tok.FStringMiddle, start, pos, value);
        const end = pos + (triple ? 3 : 1);
        this.push(Tok.FStringEnd, pos, end);
        this.modes.pop();
        this.pos = end;
        return;
      }
      if (c === CH_LBRACE) {
        if (text.charCodeAt(pos + 1) === CH_LBRACE) {
          value += text.slice(chunkStart, pos + 1);
          pos += 2;
          chunkStart = pos;
          continue;
        }
        value += text.slice(chunkStart, pos);
        if (pos > start) this.push(Tok.FStringMiddle, start, pos, value);
        this.openField(pos, mode.fstring);
        return;
      }
      if (c === CH_RBRACE) {
        if (text.charCodeAt(pos + 1) === CH_RBRACE) {
          value += text.slice(chunkStart, pos + 1);
          pos += 2;
          chunkStart = pos;
          continue;
        }
        this.fail("f-string: single '}' is not allowed", pos);
      }
      if (c === CH_BACKSLASH) {
        if (this.modes.length > 1) this.usesPython312FStrings = true;
        const next = text.charCodeAt(pos + 1);
        if (!raw && next === 78 && text.charCodeAt(pos + 2) === CH_LBRACE) {
          // \N{NAME}: the braces belong to the escape.
          const close = text.indexOf('}', pos + 3);
          pos = close < 0 ? length : close + 1;
          continue;
        }
        if (next === CH_LBRACE || next === CH_RBRACE) {
          pos++;
          continue;
        }
        pos += 2;
        if (next === CH_CR && text.charCodeAt(pos) === CH_LF) pos++;
        continue;
      }
      if ((c === CH_LF || c === CH_CR) && !triple) {
        this.pos = pos;
        this.failUnterminatedString(mode.fstring.start, false, 'f-string');
      }
      pos++;
    }
  }

  private openField(pos: number, fstring: FStringInfo): void {
    let specs = 0;
    for (const mode of this.modes) if (mode.kind === ModeKinds.FormatSpec) specs++;
    // Python 3.11 allowed a field inside a format spec, but no deeper.
    if (specs >= 2) this.usesPython312FStrings = true;
    this.push(Tok.LBrace, pos, pos + 1);
    this.openBracket(CH_LBRACE, pos);
    this.modes.push({ kind: ModeKinds.Field, fstring, bracketDepth: this.brackets.length });
    this.pos = pos + 1;
  }

  /** Literal text of a format spec, up to a nested field or the `}` that closes the field. */
  private scanFormatSpec(mode: Mode): void {
    const text = this.text;
    const { quote, triple } = mode.fstring;
    const start = this.pos;
    let pos = start;
    let value = '';
    let chunkStart = pos;
    for (;;) {
      if (pos >= text.length) {
        this.pos = pos;
        this.failUnterminatedString(mode.fstring.start, triple, 'f-string');
      }
      const c = text.charCodeAt(pos);
      if (c === quote && (!triple || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote))) {
        this.fail("f-string: expecting '}'", pos);
      }
      if ((c === CH_LF || c === CH_CR) && !triple) {
        this.pos = pos;
        this.failUnterminatedString(mode.fstring.start, false, 'f-string');
      }
      if (c === CH_LBRACE || c === CH_RBRACE) {
        value += text.slice(chunkStart, pos);
        if (pos > start) this.push(Tok.FStringMiddle, start, pos, value);
        if (c === CH_LBRACE) {
          this.openField(pos, mode.fstring);
        } else {
          this.push(Tok.RBrace, pos, pos + 1);
          this.brackets.pop();
          this.modes.pop();
          this.pos = pos + 1;
        }
        return;
      }
      if (c === CH_BACKSLASH && !mode.fstring.raw && text.charCodeAt(pos + 1) === 78 && text.charCodeAt(pos + 2) === CH_LBRACE) {
        const close = text.indexOf('}', pos + 3);
        pos = close < 0 ? text.length : close + 1;
        continue;
      }
      pos++;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Operators and brackets

  private openBracket(char: number, start: number): void {
    if (this.brackets.length >= MAX_BRACKET_DEPTH) this.fail('too many nested parentheses', start);
    this.brackets.push({ char, start });
  }

  private closeBracket(char: number, start: number): void {
    const open = this.brackets.pop();
    const closing = String.fromCharCode(char);
    if (open === undefined) this.fail(`unmatched '${closing}'`, start);
    const expected = open.char === 40 ? 41 : open.char === 91 ? 93 : 125;
    if (expected !== char) {
      const opening = String.fromCharCode(open.char);
      const openLine = this.lineNumberAt(open.start);
      const closeLine = this.lineNumberAt(start);
      const where = openLine === closeLine ? '' : ` on line ${openLine}`;
      this.fail(`closing parenthesis '${closing}' does not match opening parenthesis '${opening}'${where}`, start);
    }
  }

  private scanOperator(start: number, c: number, mode: Mode | null): void {
    const text = this.text;
    const c1 = text.charCodeAt(start + 1);
    const c2 = text.charCodeAt(start + 2);
    let kind: TokenKind;
    let len = 1;
    switch (c) {
      case 40: kind = Tok.LParen; this.openBracket(c, start); break;
      case 91: kind = Tok.LSquare; this.openBracket(c, start); break;
      case CH_LBRACE: kind = Tok.LBrace; this.openBracket(c, start); break;
      case 41: kind = Tok.RParen; this.closeBracket(c, start); break;
      case 93: kind = Tok.RSquare; this.closeBracket(c, start); break;
      case CH_RBRACE:
        kind = Tok.RBrace;
        this.closeBracket(c, start);
        if (mode !== null && this.brackets.length === mode.bracketDepth - 1) this.modes.pop();
        break;
      case 58: // :
        if (mode !== null && this.brackets.length === mode.bracketDepth) {
          kind = Tok.Colon;
          mode.kind = ModeKinds.FormatSpec;
        } else if (c1 === 61) { kind = Tok.ColonEqual; len = 2; }
        else kind = Tok.Colon;
        break;
      case 44: kind = Tok.Comma; break;
      case 59: kind = Tok.Semi; break;
      case 46:
        if (c1 === 46 && c2 === 46) { kind = Tok.Ellipsis; len = 3; }
        else kind = Tok.Dot;
        break;
      case 64: if (c1 === 61) { kind = Tok.AtEqual; len = 2; } else kind = Tok.At; break;
      case 61: if (c1 === 61) { kind = Tok.EqEqual; len = 2; } else kind = Tok.Equal; break;
      case 33: if (c1 === 61) { kind = Tok.NotEqual; len = 2; } else kind = Tok.Exclamation; break;
      case 43: if (c1 === 61) { kind = Tok.PlusEqual; len = 2; } else kind = Tok.Plus; break;
      case 45:
        if (c1 === 61) { kind = Tok.MinusEqual; len = 2; }
        else if (c1 === 62) { kind = Tok.RArrow; len = 2; }
        else kind = Tok.Minus;
        break;
      case 42:
        if (c1 === 42) {
          if (c2 === 61) { kind = Tok.DoubleStarEqual; len = 3; } else { kind = Tok.DoubleStar; len = 2; }
        } else if (c1 === 61) { kind = Tok.StarEqual; len = 2; }
        else kind = Tok.Star;
        break;
      case 47:
        if (c1 === 47) {
          if (c2 === 61) { kind = Tok.DoubleSlashEqual; len = 3; } else { kind = Tok.DoubleSlash; len = 2; }
        } else if (c1 === 61) { kind = Tok.SlashEqual; len = 2; }
        else kind = Tok.Slash;
        break;
      case 37: if (c1 === 61) { kind = Tok.PercentEqual; len = 2; } else kind = Tok.Percent; break;
      case 124: if (c1 === 61) { kind = Tok.VBarEqual; len = 2; } else kind = Tok.VBar; break;
      case 38: if (c1 === 61) { kind = Tok.AmperEqual; len = 2; } else kind = Tok.Amper; break;
      case 94: if (c1 === 61) { kind = Tok.CircumflexEqual; len = 2; } else kind = Tok.Circumflex; break;
      case 126: kind = Tok.Tilde; break;
      case 60:
        if (c1 === 60) {
          if (c2 === 61) { kind = Tok.LeftShiftEqual; len = 3; } else { kind = Tok.LeftShift; len = 2; }
        } else if (c1 === 61) { kind = Tok.LessEqual; len = 2; }
        else if (c1 === 62) { kind = Tok.NotEqual; len = 2; } // <> (only valid with barry_as_FLUFL)
        else kind = Tok.Less;
        break;
      case 62:
        if (c1 === 62) {
          if (c2 === 61) { kind = Tok.RightShiftEqual; len = 3; } else { kind = Tok.RightShift; len = 2; }
        } else if (c1 === 61) { kind = Tok.GreaterEqual; len = 2; }
        else kind = Tok.Greater;
        break;
      default:
        if (c === 0) this.fail('source code cannot contain null bytes', start);
        if (c < 32 || c === 127) this.fail(`invalid non-printable character ${codePointLabel(c)}`, start);
        this.fail('invalid syntax', start, 1, Diag.SyntaxError, false);
    }
    if (c === 60 && c1 === 62) this.fail('invalid syntax', start, 2, Diag.SyntaxError, false);
    this.pos = start + len;
    this.push(kind, start, start + len);
  }
}

export function tokenize(text: string): TokenizeResult {
  return new Tokenizer(text).run();
}
