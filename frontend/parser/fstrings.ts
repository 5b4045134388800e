// String literals: implicit concatenation of adjacent string, bytes and f-string tokens into one
// Constant or JoinedStr, and the inside of f-strings (PEP 701): replacement fields with `=`
// debugging text, `!r/!s/!a` conversions and format specs that nest further fields.

import { PyBytes } from '../ast.ts';
import type * as A from '../ast.ts';
import { Tok } from '../tokens.ts';
import { parseStarExpressions, parseYieldExpression } from './expressions.ts';
import { EscapeError, decodeBytes, decodeStr, splitStringToken, strValue } from './literals.ts';
import type { Parser } from './state.ts';

/** Gathers the pieces of a JoinedStr, merging adjacent literal text into one Constant. */
class Pieces {
  readonly values: A.Expr[] = [];
  private text = '';
  /** Offsets in `text` of surrogates written as escapes (see strValue). */
  private escapedSurrogates: number[] = [];
  private textStart = -1;
  private textEnd = -1;
  private readonly kind: string | null;

  constructor(kind: string | null) {
    this.kind = kind;
  }

  addText(text: string, start: number, end: number, escapedSurrogates: readonly number[]): void {
    if (text === '') return;
    if (this.textStart < 0) this.textStart = start;
    for (const at of escapedSurrogates) this.escapedSurrogates.push(this.text.length + at);
    this.text += text;
    this.textEnd = end;
  }

  addValue(value: A.FormattedValue): void {
    this.flush();
    this.values.push(value);
  }

  flush(): void {
    if (this.textStart < 0) return;
    this.values.push({
      nodeType: 'Constant', value: strValue(this.text, this.escapedSurrogates), kind: this.kind, start: this.textStart,
      length: this.textEnd - this.textStart,
    });
    this.text = '';
    this.escapedSurrogates = [];
    this.textStart = -1;
  }
}

/** Adds a literal body to `pieces`, reporting a bad escape at its place. */
function addDecoded(p: Parser, pieces: Pieces, body: string, raw: boolean, bodyStart: number, start: number, end: number): void {
  const escapedSurrogates: number[] = [];
  let text: string;
  try {
    text = decodeStr(body, raw, escapedSurrogates);
  } catch (e) {
    if (e instanceof EscapeError) p.fail(e.message, bodyStart + e.offset, 1);
    throw e;
  }
  pieces.addText(text, start, end, escapedSurrogates);
}

// strings: (FSTRING_START fstring_middle* FSTRING_END | STRING)+
export function parseStrings(p: Parser): A.Expr {
  const start = p.tok.start;
  const firstValue = p.tok.value;
  // CPython marks only a lowercase u prefix.
  const kind = firstValue.charCodeAt(0) === 117 ? 'u' : null;
  const pieces = new Pieces(kind);
  const byteChunks: Uint8Array[] = [];
  let sawBytes = false;
  let sawText = false;
  let sawFString = false;
  while (p.kind() === Tok.String || p.kind() === Tok.FStringStart) {
    if (p.kind() === Tok.FStringStart) {
      sawFString = sawText = true;
      parseFString(p, pieces);
      continue;
    }
    const token = p.advance();
    const parts = splitStringToken(token.value, token.start);
    const raw = parts.prefix.includes('r');
    if (parts.prefix.includes('b')) {
      sawBytes = true;
      try {
        byteChunks.push(decodeBytes(parts.body, raw).bytes);
      } catch (e) {
        if (e instanceof EscapeError) p.fail(e.message, token.start, token.end - token.start);
        throw e;
      }
    } else {
      sawText = true;
      addDecoded(p, pieces, parts.body, raw, parts.bodyStart, token.start, token.end);
    }
  }
  const length = p.prevEnd - start;
  // CPython reports this at the token after the literals.
  if (sawBytes && sawText) p.fail('cannot mix bytes and nonbytes literals', p.tok.start, p.tok.end - p.tok.start);
  if (sawBytes) {
    let total = 0;
    for (const chunk of byteChunks) total += chunk.length;
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of byteChunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return { nodeType: 'Constant', value: new PyBytes(bytes), kind: null, start, length };
  }
  pieces.flush();
  if (!sawFString) {
    const only = pieces.values[0] as A.Constant | undefined;
    return { nodeType: 'Constant', value: only ? only.value : '', kind, start, length };
  }
  return { nodeType: 'JoinedStr', values: pieces.values, start, length };
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
function parseFString(p: Parser, pieces: Pieces): void {
  const startToken = p.advance();
  const prefix = startToken.value;
  const raw = prefix.includes('r') || prefix.includes('R');
  for (;;) {
    if (p.kind() === Tok.FStringMiddle) {
      const token = p.advance();
      addDecoded(p, pieces, token.value, raw, token.start, token.start, token.end);
    } else if (p.kind() === Tok.LBrace) {
      parseReplacementField(p, raw, pieces);
    } else if (p.kind() === Tok.FStringEnd) {
      p.advance();
      return;
    } else {
      p.failAtCurrent();
    }
  }
}

// fstring_replacement_field:
//     '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
// fstring_conversion: '!' NAME
// fstring_full_format_spec: ':' fstring_format_spec*
function parseReplacementField(p: Parser, raw: boolean, pieces: Pieces): void {
  const open = p.advance();
  p.enter();
  if (p.kind() === Tok.RBrace) p.fail("f-string: valid expression required before '}'", p.tok.start);
  const value = p.kind() === Tok.Yield ? parseYieldExpression(p) : parseStarExpressions(p);
  let debugText: string | null = null;
  if (p.kind() === Tok.Equal) {
    p.advance();
    debugText = p.text.slice(open.end, p.tok.start).replace(/\r\n?/g, '\n');
  }
  let conversion = -1;
  if (p.kind() === Tok.Exclamation) {
    const bang = p.advance();
    if (p.kind() !== Tok.Name || p.tok.start !== bang.end) {
      p.fail("f-string: missing conversion character", p.tok.start);
    }
    const name = p.advance().value;
    if (name !== 's' && name !== 'r' && name !== 'a') {
      p.fail(`f-string: invalid conversion character '${name}': expected 's', 'r', or 'a'`, bang.end);
    }
    conversion = name.charCodeAt(0);
  }
  let formatSpec: A.JoinedStr | null = null;
  if (p.kind() === Tok.Colon) {
    p.advance();
    formatSpec = parseFormatSpec(p, raw);
  }
  if (p.kind() !== Tok.RBrace) {
    if (p.kind() === Tok.Error) p.failAtCurrent();
    p.fail("f-string: expecting '}'", p.tok.start);
  }
  p.advance();
  p.leave();
  if (debugText !== null) {
    pieces.addText(debugText, open.end, open.end + debugText.length, []);
    if (conversion === -1 && formatSpec === null) conversion = 114;
  }
  pieces.addValue({
    nodeType: 'FormattedValue', value, conversion, format_spec: formatSpec, start: open.start, length: p.prevEnd - open.start,
  });
}

// fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
function parseFormatSpec(p: Parser, raw: boolean): A.JoinedStr {
  const start = p.prevEnd;
  const pieces = new Pieces(null);
  for (;;) {
    if (p.kind() === Tok.FStringMiddle) {
      const token = p.advance();
      addDecoded(p, pieces, token.value, raw, token.start, token.start, token.end);
    } else if (p.kind() === Tok.LBrace) {
      parseReplacementField(p, raw, pieces);
    } else break;
  }
  pieces.flush();
  return { nodeType: 'JoinedStr', values: pieces.values, start, length: p.prevEnd - start };
}
