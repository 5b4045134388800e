// The `match` statement (PEP 634): deciding when the soft keyword `match` starts one, case
// blocks, and every pattern kind: literal, capture, wildcard, value, group, sequence, mapping,
// class, star, or- and as-patterns.

import type * as A from '../ast.ts';
import { Tok } from '../tokens.ts';
import { numberValue } from './literals.ts';
import { parseNamedExpression, parseStarNamedExpression, startsExpression } from './expressions.ts';
import { parseStrings } from './fstrings.ts';
import type { Parser } from './state.ts';
import { blockEnd, parseBlock } from './statements.ts';
import { Diag } from '../../diagnostics/catalog.ts';

/**
 * At a statement starting with the name `match`: true when the logical line reads as a match
 * statement (`match <subject>:` at the end of the line) rather than an expression or
 * assignment using `match` as a name.
 */
export function looksLikeMatchStatement(p: Parser): boolean {
  const next = p.peekKind(1);
  if (!startsExpression(next) && next !== Tok.Star) return false;
  // Find the end of the logical line; a match header ends with ':' just before NEWLINE.
  const tokens = p.tokens;
  for (let i = p.index + 1; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === Tok.Newline || kind === Tok.EndOfFile || kind === Tok.Error) return tokens[i - 1]!.kind === Tok.Colon;
  }
  return false;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
export function parseMatchStatement(p: Parser): A.Match {
  const start = p.advance().start;
  const subjectStart = p.tok.start;
  let subject = parseStarNamedExpression(p);
  if (p.kind() === Tok.Comma) {
    const elts = [subject];
    while (p.eat(Tok.Comma)) {
      if (p.kind() === Tok.Colon) break;
      elts.push(parseStarNamedExpression(p));
    }
    subject = { nodeType: 'Tuple', elts, ctx: 'Load', start: subjectStart, length: p.prevEnd - subjectStart };
  } else if (subject.nodeType === 'Starred') {
    p.failAtCurrent();
  }
  p.expect(Tok.Colon);
  if (p.kind() !== Tok.Newline) p.failAtCurrent();
  p.advance();
  if (p.kind() !== Tok.Indent) {
    p.fail(`expected an indented block after 'match' statement on line ${p.source.lineOf(start)}`, p.tok.start, 1, Diag.IndentationError);
  }
  p.advance();
  const cases: A.MatchCase[] = [];
  while (p.kind() !== Tok.Dedent && p.kind() !== Tok.EndOfFile) {
    if (!p.atSoftKeyword('case')) p.failAtCurrent();
    cases.push(parseCaseBlock(p));
  }
  p.advance();
  const last = cases[cases.length - 1]!;
  return { nodeType: 'Match', subject, cases, start, length: last.start + last.length - start };
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
function parseCaseBlock(p: Parser): A.MatchCase {
  const start = p.advance().start;
  const pattern = parsePatterns(p);
  const guard = p.eat(Tok.If) ? parseNamedExpression(p) : null;
  if (p.kind() !== Tok.Colon) p.failExpected("':'");
  p.advance();
  const body = parseBlock(p, "'case' statement", start);
  return { nodeType: 'match_case', pattern, guard, body, start, length: blockEnd(body) - start };
}

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
function parsePatterns(p: Parser): A.Pattern {
  const start = p.tok.start;
  const first = parseMaybeStarPattern(p);
  if (p.kind() !== Tok.Comma) {
    if (first.nodeType === 'MatchStar') {
      return { nodeType: 'MatchSequence', patterns: [first], start, length: p.prevEnd - start };
    }
    return first;
  }
  const patterns = [first];
  while (p.eat(Tok.Comma)) {
    if (p.kind() === Tok.Colon || p.kind() === Tok.If) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  return { nodeType: 'MatchSequence', patterns, start, length: p.prevEnd - start };
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
function parseMaybeStarPattern(p: Parser): A.Pattern {
  if (p.kind() !== Tok.Star) return parsePattern(p);
  const start = p.advance().start;
  const name = p.expectName().value;
  return { nodeType: 'MatchStar', name: name === '_' ? null : name, start, length: p.prevEnd - start };
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
function parsePattern(p: Parser): A.Pattern {
  const start = p.tok.start;
  const pattern = parseOrPattern(p);
  if (!p.eat(Tok.As)) return pattern;
  const target = p.expectName();
  if (target.value === '_') p.fail("cannot use '_' as a target", target.start, 1);
  return { nodeType: 'MatchAs', pattern, name: target.value, start, length: p.prevEnd - start };
}

// or_pattern: '|'.closed_pattern+
function parseOrPattern(p: Parser): A.Pattern {
  const start = p.tok.start;
  const first = parseClosedPattern(p);
  if (p.kind() !== Tok.VBar) return first;
  const patterns = [first];
  while (p.eat(Tok.VBar)) patterns.push(parseClosedPattern(p));
  return { nodeType: 'MatchOr', patterns, start, length: p.prevEnd - start };
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
function parseClosedPattern(p: Parser): A.Pattern {
  const start = p.tok.start;
  switch (p.kind()) {
    case Tok.None:
    case Tok.True:
    case Tok.False: {
      const token = p.advance();
      const value = token.kind === Tok.None ? null : token.kind === Tok.True;
      return { nodeType: 'MatchSingleton', value, start, length: token.end - start };
    }
    case Tok.Number:
    case Tok.Minus:
    case Tok.String:
    case Tok.FStringStart: {
      const value = parseLiteralExpression(p);
      return { nodeType: 'MatchValue', value, start, length: p.prevEnd - start };
    }
    case Tok.LParen:
    case Tok.LSquare:
      return parseSequencePattern(p);
    case Tok.LBrace:
      return parseMappingPattern(p);
    case Tok.Name:
      return parseNamePattern(p);
    default:
      return p.failAtCurrent();
  }
}

// literal_expr / literal_pattern:
//     signed_number !('+' | '-') | complex_number | strings
// complex_number: signed_real_number ('+' | '-') imaginary_number
function parseLiteralExpression(p: Parser): A.Expr {
  const start = p.tok.start;
  if (p.kind() === Tok.String || p.kind() === Tok.FStringStart) {
    const value = parseStrings(p);
    if (value.nodeType === 'JoinedStr') p.fail('patterns may only match literals and attribute lookups', value.start, value.length);
    return value;
  }
  let left = parseSignedNumber(p);
  if (p.kind() === Tok.Plus || p.kind() === Tok.Minus) {
    const op = p.advance().kind === Tok.Plus ? 'Add' : 'Sub';
    const imagToken = p.tok;
    if (p.kind() !== Tok.Number) p.failAtCurrent();
    p.advance();
    const imag = numberValue(imagToken.value);
    const right: A.Constant = { nodeType: 'Constant', value: imag, kind: null, start: imagToken.start, length: imagToken.end - imagToken.start };
    if (typeof imag === 'bigint' || typeof imag === 'number') p.fail('imaginary number required in complex literal', right.start, right.length);
    if (typeof (left.nodeType === 'UnaryOp' ? (left.operand as A.Constant).value : (left as A.Constant).value) === 'object') {
      p.fail('real number required in complex literal', left.start, left.length);
    }
    left = { nodeType: 'BinOp', left, op, right, start, length: p.prevEnd - start };
  }
  return left;
}

// signed_number: NUMBER | '-' NUMBER
function parseSignedNumber(p: Parser): A.Expr {
  const start = p.tok.start;
  const negative = p.eat(Tok.Minus);
  const token = p.tok;
  if (p.kind() !== Tok.Number) p.failAtCurrent();
  p.advance();
  const constant: A.Constant = { nodeType: 'Constant', value: numberValue(token.value), kind: null, start: token.start, length: token.end - token.start };
  if (!negative) return constant;
  return { nodeType: 'UnaryOp', op: 'USub', operand: constant, start, length: p.prevEnd - start };
}

// capture_pattern: pattern_capture_target    wildcard_pattern: "_"
// value_pattern: attr !('.' | '(' | '=')     class_pattern: name_or_attr '(' ... ')'
function parseNamePattern(p: Parser): A.Pattern {
  const start = p.tok.start;
  const first = p.advance();
  if (p.kind() !== Tok.Dot && p.kind() !== Tok.LParen) {
    if (first.value === '_') return { nodeType: 'MatchAs', pattern: null, name: null, start, length: first.end - start };
    return { nodeType: 'MatchAs', pattern: null, name: first.value, start, length: first.end - start };
  }
  let cls: A.Expr = { nodeType: 'Name', id: first.value, ctx: 'Load', start, length: first.end - start };
  while (p.eat(Tok.Dot)) {
    const attr = p.expectName().value;
    cls = { nodeType: 'Attribute', value: cls, attr, ctx: 'Load', start, length: p.prevEnd - start };
  }
  if (p.kind() !== Tok.LParen) return { nodeType: 'MatchValue', value: cls, start, length: p.prevEnd - start };
  return parseClassPattern(p, cls, start);
}

// class_pattern: name_or_attr '(' [positional_patterns ','?] [keyword_patterns ','?] ')'
// keyword_pattern: NAME '=' pattern
function parseClassPattern(p: Parser, cls: A.Expr, start: number): A.MatchClass {
  p.advance();
  const patterns: A.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: A.Pattern[] = [];
  while (p.kind() !== Tok.RParen) {
    if (p.kind() === Tok.Name && p.peekKind(1) === Tok.Equal) {
      kwdAttrs.push(p.advance().value);
      p.advance();
      kwdPatterns.push(parsePattern(p));
    } else {
      const pattern = parsePattern(p);
      if (kwdAttrs.length > 0) p.fail('positional patterns follow keyword patterns', pattern.start, pattern.length);
      patterns.push(pattern);
    }
    if (!p.eat(Tok.Comma)) break;
  }
  p.expect(Tok.RParen);
  return { nodeType: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, start, length: p.prevEnd - start };
}

// group_pattern: '(' pattern ')'
// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
function parseSequencePattern(p: Parser): A.Pattern {
  const open = p.advance();
  const start = open.start;
  const closing = open.kind === Tok.LParen ? Tok.RParen : Tok.RSquare;
  p.enter();
  const patterns: A.Pattern[] = [];
  let sawComma = false;
  while (p.kind() !== closing) {
    patterns.push(parseMaybeStarPattern(p));
    if (!p.eat(Tok.Comma)) break;
    sawComma = true;
  }
  p.expect(closing);
  p.leave();
  if (closing === Tok.RParen && patterns.length === 1 && !sawComma && patterns[0]!.nodeType !== 'MatchStar') {
    return patterns[0]!;
  }
  return { nodeType: 'MatchSequence', patterns, start, length: p.prevEnd - start };
}

// mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','?] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
function parseMappingPattern(p: Parser): A.MatchMapping {
  const start = p.advance().start;
  p.enter();
  const keys: A.Expr[] = [];
  const patterns: A.Pattern[] = [];
  let rest: string | null = null;
  while (p.kind() !== Tok.RBrace) {
    if (p.eat(Tok.DoubleStar)) {
      rest = p.expectName().value;
      p.eat(Tok.Comma);
      break;
    }
    keys.push(parseMappingKey(p));
    p.expect(Tok.Colon);
    patterns.push(parsePattern(p));
    if (!p.eat(Tok.Comma)) break;
  }
  p.expect(Tok.RBrace);
  p.leave();
  return { nodeType: 'MatchMapping', keys, patterns, rest, start, length: p.prevEnd - start };
}

// key of key_value_pattern: literal_expr | attr   (literal_expr includes None, True, False)
function parseMappingKey(p: Parser): A.Expr {
  const token = p.tok;
  const start = token.start;
  if (p.kind() === Tok.None || p.kind() === Tok.True || p.kind() === Tok.False) {
    p.advance();
    const value = token.kind === Tok.None ? null : token.kind === Tok.True;
    return { nodeType: 'Constant', value, kind: null, start, length: token.end - start };
  }
  if (p.kind() === Tok.Name) {
    let key: A.Expr = { nodeType: 'Name', id: p.advance().value, ctx: 'Load', start, length: token.end - start };
    if (p.kind() !== Tok.Dot) p.failAtCurrent();
    while (p.eat(Tok.Dot)) {
      const attr = p.expectName().value;
      key = { nodeType: 'Attribute', value: key, attr, ctx: 'Load', start, length: p.prevEnd - start };
    }
    return key;
  }
  return parseLiteralExpression(p);
}
