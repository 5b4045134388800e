// Expressions: the precedence ladder from lambda and conditional expressions down to atoms,
// plus displays (tuple, list, dict, set), comprehensions, calls, subscripts and slices.
// Binary operators use precedence climbing (one function for the six levels from `|` to `*`),
// which keeps the call stack shallow and the parser fast.

import { Ellipsis } from '../ast.ts';
import type * as A from '../ast.ts';
import { Tok } from '../tokens.ts';
import type { TokenKind } from '../tokens.ts';
import { parseCallArguments } from './arguments.ts';
import { parseParameters } from './arguments.ts';
import { parseStrings } from './fstrings.ts';
import { numberValue } from './literals.ts';
import type { Parser } from './state.ts';
import { expressionName, setContext } from './targets.ts';

// ---------------------------------------------------------------------------------------------
// Operator tables

const binaryPrecedence = new Int8Array(128);
const binaryOperator: A.Operator[] = [];
function binary(kind: TokenKind, precedence: number, op: A.Operator): void {
  binaryPrecedence[kind] = precedence;
  binaryOperator[kind] = op;
}
binary(Tok.VBar, 1, 'BitOr');
binary(Tok.Circumflex, 2, 'BitXor');
binary(Tok.Amper, 3, 'BitAnd');
binary(Tok.LeftShift, 4, 'LShift');
binary(Tok.RightShift, 4, 'RShift');
binary(Tok.Plus, 5, 'Add');
binary(Tok.Minus, 5, 'Sub');
binary(Tok.Star, 6, 'Mult');
binary(Tok.Slash, 6, 'Div');
binary(Tok.DoubleSlash, 6, 'FloorDiv');
binary(Tok.Percent, 6, 'Mod');
binary(Tok.At, 6, 'MatMult');

const comparisonOperator: (A.CmpOperator | undefined)[] = [];
comparisonOperator[Tok.Less] = 'Lt';
comparisonOperator[Tok.Greater] = 'Gt';
comparisonOperator[Tok.EqEqual] = 'Eq';
comparisonOperator[Tok.NotEqual] = 'NotEq';
comparisonOperator[Tok.LessEqual] = 'LtE';
comparisonOperator[Tok.GreaterEqual] = 'GtE';
comparisonOperator[Tok.In] = 'In';

const expressionStarters = new Uint8Array(128);
for (const kind of [
  Tok.Name, Tok.Number, Tok.String, Tok.FStringStart, Tok.LParen, Tok.LSquare, Tok.LBrace,
  Tok.Minus, Tok.Plus, Tok.Tilde, Tok.Not, Tok.Lambda, Tok.Await, Tok.True, Tok.False, Tok.None,
  Tok.Ellipsis,
]) {
  expressionStarters[kind] = 1;
}

/** True when a token of this kind can begin an expression. */
export function startsExpression(kind: TokenKind): boolean {
  return expressionStarters[kind] === 1;
}

/**
 * Expects the closing bracket of a display or call. When another expression starts there
 * instead, CPython reports "Perhaps you forgot a comma?" at the element before it.
 */
export function expectClosing(p: Parser, closing: TokenKind, last: A.Expr | null | undefined): void {
  if (p.kind() !== closing && last && startsExpression(p.kind()) && p.kind() !== Tok.Not) {
    const legacyPrint = last.nodeType === 'Name' && (p.kind() === Tok.String || p.kind() === Tok.FStringStart);
    const softKeyword = last.nodeType === 'Name' && (last.id === 'match' || last.id === 'case' || last.id === '_' || last.id === 'type');
    if (!legacyPrint && !softKeyword) {
      p.fail('invalid syntax. Perhaps you forgot a comma?', last.start, p.tok.end - last.start);
    }
  }
  p.expect(closing);
}

function span(p: Parser, start: number): number {
  return p.prevEnd - start;
}

// ---------------------------------------------------------------------------------------------
// Expression lists

// star_expressions: star_expression (',' star_expression)* [',']
export function parseStarExpressions(p: Parser): A.Expr {
  const start = p.tok.start;
  const first = parseStarExpression(p);
  if (p.kind() !== Tok.Comma) return first;
  const elts = [first];
  while (p.eat(Tok.Comma)) {
    if (!startsExpression(p.kind()) && p.kind() !== Tok.Star) break;
    elts.push(parseStarExpression(p));
  }
  return { nodeType: 'Tuple', elts, ctx: 'Load', start, length: span(p, start) };
}

// star_expression: '*' bitwise_or | expression
export function parseStarExpression(p: Parser): A.Expr {
  if (p.kind() === Tok.Star) return parseStarred(p);
  return parseExpression(p);
}

// '*' bitwise_or   (the starred form of star_expression and star_named_expression)
function parseStarred(p: Parser): A.Starred {
  const start = p.advance().start;
  const value = parseBitwiseOr(p);
  return { nodeType: 'Starred', value, ctx: 'Load', start, length: span(p, start) };
}

// star_named_expressions: ','.star_named_expression+ [',']   (a tuple when there is a comma)
export function parseStarNamedExpressions(p: Parser): A.Expr {
  const start = p.tok.start;
  const first = parseStarNamedExpression(p);
  if (p.kind() !== Tok.Comma) return first;
  const elts = [first];
  while (p.eat(Tok.Comma)) {
    if (!startsExpression(p.kind()) && p.kind() !== Tok.Star) break;
    elts.push(parseStarNamedExpression(p));
  }
  return { nodeType: 'Tuple', elts, ctx: 'Load', start, length: span(p, start) };
}

// star_named_expression: '*' bitwise_or | named_expression
export function parseStarNamedExpression(p: Parser): A.Expr {
  if (p.kind() === Tok.Star) return parseStarred(p);
  return parseNamedExpression(p);
}

// named_expression: NAME ':=' expression | expression !':='
export function parseNamedExpression(p: Parser): A.Expr {
  if (p.kind() === Tok.Name && p.peekKind(1) === Tok.ColonEqual) {
    const nameToken = p.advance();
    p.advance();
    const value = parseExpression(p);
    const target: A.Name = {
      nodeType: 'Name', id: nameToken.value, ctx: 'Store', start: nameToken.start, length: nameToken.end - nameToken.start,
    };
    return { nodeType: 'NamedExpr', target, value, start: nameToken.start, length: span(p, nameToken.start) };
  }
  const expr = parseExpression(p);
  if (p.kind() === Tok.ColonEqual) {
    p.fail(`cannot use assignment expressions with ${expressionName(expr)}`, expr.start, expr.length);
  }
  return expr;
}

// ---------------------------------------------------------------------------------------------
// The precedence ladder

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function parseExpression(p: Parser): A.Expr {
  if (p.kind() === Tok.Lambda) return parseLambda(p);
  const start = p.tok.start;
  const body = parseDisjunction(p);
  if (p.kind() !== Tok.If) return body;
  p.enter();
  p.advance();
  const test = parseDisjunction(p);
  if (p.kind() !== Tok.Else) p.fail("expected 'else' after 'if' expression", body.start, span(p, body.start));
  p.advance();
  const orelse = parseExpression(p);
  p.leave();
  return { nodeType: 'IfExp', test, body, orelse, start, length: span(p, start) };
}

// lambdef: 'lambda' [lambda_params] ':' expression
function parseLambda(p: Parser): A.Lambda {
  const start = p.advance().start;
  p.enter();
  const args = parseParameters(p, false, Tok.Colon);
  p.expect(Tok.Colon);
  const body = parseExpression(p);
  p.leave();
  return { nodeType: 'Lambda', args, body, start, length: span(p, start) };
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
export function parseDisjunction(p: Parser): A.Expr {
  const start = p.tok.start;
  const first = parseConjunction(p);
  if (p.kind() !== Tok.Or) return first;
  const values = [first];
  while (p.eat(Tok.Or)) values.push(parseConjunction(p));
  return { nodeType: 'BoolOp', op: 'Or', values, start, length: span(p, start) };
}

// conjunction: inversion ('and' inversion)+ | inversion
function parseConjunction(p: Parser): A.Expr {
  const start = p.tok.start;
  const first = parseInversion(p);
  if (p.kind() !== Tok.And) return first;
  const values = [first];
  while (p.eat(Tok.And)) values.push(parseInversion(p));
  return { nodeType: 'BoolOp', op: 'And', values, start, length: span(p, start) };
}

// inversion: 'not' inversion | comparison
function parseInversion(p: Parser): A.Expr {
  if (p.kind() !== Tok.Not) return parseComparison(p);
  const start = p.advance().start;
  p.enter();
  const operand = parseInversion(p);
  p.leave();
  return { nodeType: 'UnaryOp', op: 'Not', operand, start, length: span(p, start) };
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
function parseComparison(p: Parser): A.Expr {
  const start = p.tok.start;
  const left = parseBitwiseOr(p);
  let ops: A.CmpOperator[] | null = null;
  let comparators: A.Expr[] | null = null;
  for (;;) {
    let op = comparisonOperator[p.kind()];
    if (op !== undefined) {
      p.advance();
    } else if (p.kind() === Tok.Not && p.peekKind(1) === Tok.In) {
      p.advance();
      p.advance();
      op = 'NotIn';
    } else if (p.kind() === Tok.Is) {
      p.advance();
      op = p.eat(Tok.Not) ? 'IsNot' : 'Is';
    } else break;
    if (ops === null) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators!.push(parseBitwiseOr(p));
  }
  if (ops === null) return left;
  return { nodeType: 'Compare', left, ops, comparators: comparators!, start, length: span(p, start) };
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and the levels below, down to term)
export function parseBitwiseOr(p: Parser): A.Expr {
  return parseBinary(p, 1);
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
// shift_expr: shift_expr ('<<' | '>>') sum | sum
// sum: sum ('+' | '-') term | term
// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
// (levels 1..6 of binaryPrecedence; operands at a level bind tighter than `minPrecedence`)
function parseBinary(p: Parser, minPrecedence: number): A.Expr {
  const start = p.tok.start;
  let left = parseFactor(p);
  let chain = 0;
  for (;;) {
    const precedence = p.kind() < 128 ? binaryPrecedence[p.kind()]! : 0;
    if (precedence === 0 || precedence < minPrecedence) break;
    const op = binaryOperator[p.kind()]!;
    p.advance();
    p.enter();
    chain++;
    const right = parseBinary(p, precedence + 1);
    left = { nodeType: 'BinOp', left, op, right, start, length: span(p, start) };
  }
  p.leave(chain);
  return left;
}

// factor: '+' factor | '-' factor | '~' factor | power
function parseFactor(p: Parser): A.Expr {
  let op: A.UnaryOperator;
  switch (p.kind()) {
    case Tok.Minus: op = 'USub'; break;
    case Tok.Plus: op = 'UAdd'; break;
    case Tok.Tilde: op = 'Invert'; break;
    default: return parsePower(p);
  }
  const start = p.advance().start;
  p.enter();
  const operand = parseFactor(p);
  p.leave();
  return { nodeType: 'UnaryOp', op, operand, start, length: span(p, start) };
}

// power: await_primary '**' factor | await_primary
// await_primary: AWAIT primary | primary
function parsePower(p: Parser): A.Expr {
  const start = p.tok.start;
  let base: A.Expr;
  if (p.kind() === Tok.Await) {
    p.advance();
    p.enter();
    const value = parsePrimary(p);
    p.leave();
    base = { nodeType: 'Await', value, start, length: span(p, start) };
  } else {
    base = parsePrimary(p);
  }
  if (p.kind() !== Tok.DoubleStar) return base;
  p.advance();
  p.enter();
  const right = parseFactor(p);
  p.leave();
  return { nodeType: 'BinOp', left: base, op: 'Pow', right, start, length: span(p, start) };
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function parsePrimary(p: Parser): A.Expr {
  const start = p.tok.start;
  let node = parseAtom(p);
  for (let chain = 0; ; chain++) {
    if (chain > 0) p.enter();
    switch (p.kind()) {
      case Tok.Dot: {
        p.advance();
        const attr = p.expectName().value;
        node = { nodeType: 'Attribute', value: node, attr, ctx: 'Load', start, length: span(p, start) };
        break;
      }
      case Tok.LParen:
        node = parseCallArguments(p, node, start);
        break;
      case Tok.LSquare: {
        p.advance();
        const slice = parseSlices(p);
        expectClosing(p, Tok.RSquare, slice.nodeType === 'Tuple' ? slice.elts[slice.elts.length - 1] : slice);
        node = { nodeType: 'Subscript', value: node, slice, ctx: 'Load', start, length: span(p, start) };
        break;
      }
      default:
        p.leave(chain);
        return node;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
function parseSlices(p: Parser): A.Expr {
  const start = p.tok.start;
  const first = parseSlice(p);
  if (p.kind() !== Tok.Comma) {
    if (first.nodeType !== 'Starred') return first;
    return { nodeType: 'Tuple', elts: [first], ctx: 'Load', start, length: span(p, start) };
  }
  const elts = [first];
  while (p.eat(Tok.Comma)) {
    if (p.kind() === Tok.RSquare) break;
    elts.push(parseSlice(p));
  }
  return { nodeType: 'Tuple', elts, ctx: 'Load', start, length: span(p, start) };
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (and starred_expression: '*' expression)
function parseSlice(p: Parser): A.Expr {
  const start = p.tok.start;
  if (p.kind() === Tok.Star) {
    p.advance();
    const value = parseExpression(p);
    return { nodeType: 'Starred', value, ctx: 'Load', start, length: span(p, start) };
  }
  let lower: A.Expr | null = null;
  if (p.kind() !== Tok.Colon) {
    lower = parseNamedExpression(p);
    if (p.kind() !== Tok.Colon) return lower;
  }
  p.advance();
  let upper: A.Expr | null = null;
  let step: A.Expr | null = null;
  if (p.kind() !== Tok.Colon && p.kind() !== Tok.Comma && p.kind() !== Tok.RSquare) upper = parseExpression(p);
  if (p.eat(Tok.Colon)) {
    if (p.kind() !== Tok.Comma && p.kind() !== Tok.RSquare) step = parseExpression(p);
  }
  return { nodeType: 'Slice', lower, upper, step, start, length: span(p, start) };
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
//     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
function parseAtom(p: Parser): A.Expr {
  const token = p.tok;
  const start = token.start;
  switch (p.kind()) {
    case Tok.Name:
      p.advance();
      return { nodeType: 'Name', id: token.value, ctx: 'Load', start, length: token.end - start };
    case Tok.Number:
      p.advance();
      return { nodeType: 'Constant', value: numberValue(token.value), kind: null, start, length: token.end - start };
    case Tok.String:
    case Tok.FStringStart:
      return parseStrings(p);
    case Tok.True:
    case Tok.False:
    case Tok.None:
      p.advance();
      return {
        nodeType: 'Constant', value: token.kind === Tok.True ? true : token.kind === Tok.False ? false : null,
        kind: null, start, length: token.end - start,
      };
    case Tok.Ellipsis:
      p.advance();
      return { nodeType: 'Constant', value: Ellipsis, kind: null, start, length: token.end - start };
    case Tok.LParen:
      return parseParenthesized(p);
    case Tok.LSquare:
      return parseListDisplay(p);
    case Tok.LBrace:
      return parseBraceDisplay(p);
    default:
      return p.failAtCurrent();
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
function parseParenthesized(p: Parser): A.Expr {
  const start = p.advance().start;
  p.enter();
  if (p.eat(Tok.RParen)) {
    p.leave();
    return { nodeType: 'Tuple', elts: [], ctx: 'Load', start, length: span(p, start) };
  }
  if (p.kind() === Tok.Yield) {
    const value = parseYieldExpression(p);
    p.expect(Tok.RParen);
    p.leave();
    return value;
  }
  const first = parseStarNamedExpression(p);
  if (p.kind() === Tok.For || (p.kind() === Tok.Async && p.peekKind(1) === Tok.For)) {
    checkComprehensionElement(p, first);
    const generators = parseComprehensionClauses(p);
    p.expect(Tok.RParen);
    p.leave();
    return { nodeType: 'GeneratorExp', elt: first, generators, start, length: span(p, start) };
  }
  if (p.kind() === Tok.RParen) {
    p.advance();
    p.leave();
    if (first.nodeType === 'Starred') p.fail('cannot use starred expression here', first.start, first.length);
    return first;
  }
  const elts = [first];
  while (p.eat(Tok.Comma)) {
    if (p.kind() === Tok.RParen) break;
    elts.push(parseStarNamedExpression(p));
  }
  expectClosing(p, Tok.RParen, elts[elts.length - 1]);
  p.leave();
  return { nodeType: 'Tuple', elts, ctx: 'Load', start, length: span(p, start) };
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
function parseListDisplay(p: Parser): A.Expr {
  const start = p.advance().start;
  p.enter();
  const elts: A.Expr[] = [];
  if (p.kind() !== Tok.RSquare) {
    const first = parseStarNamedExpression(p);
    if (p.kind() === Tok.For || (p.kind() === Tok.Async && p.peekKind(1) === Tok.For)) {
      checkComprehensionElement(p, first);
      const generators = parseComprehensionClauses(p);
      p.expect(Tok.RSquare);
      p.leave();
      return { nodeType: 'ListComp', elt: first, generators, start, length: span(p, start) };
    }
    elts.push(first);
    while (p.eat(Tok.Comma)) {
      if (p.kind() === Tok.RSquare) break;
      elts.push(parseStarNamedExpression(p));
    }
  }
  expectClosing(p, Tok.RSquare, elts[elts.length - 1]);
  p.leave();
  return { nodeType: 'List', elts, ctx: 'Load', start, length: span(p, start) };
}

// dict: '{' [double_starred_kvpairs] '}'        set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'       setcomp: '{' named_expression for_if_clauses '}'
function parseBraceDisplay(p: Parser): A.Expr {
  const start = p.advance().start;
  p.enter();
  if (p.eat(Tok.RBrace)) {
    p.leave();
    return { nodeType: 'Dict', keys: [], values: [], start, length: span(p, start) };
  }
  let result: A.Expr;
  if (p.kind() === Tok.DoubleStar) {
    p.advance();
    const value = parseBitwiseOr(p);
    result = parseDictRest(p, start, [null], [value]);
  } else {
    const first = parseStarNamedExpression(p);
    if (p.kind() === Tok.Colon && first.nodeType !== 'Starred') {
      p.advance();
      const value = parseExpression(p);
      if (p.kind() === Tok.For || (p.kind() === Tok.Async && p.peekKind(1) === Tok.For)) {
        const generators = parseComprehensionClauses(p);
        p.expect(Tok.RBrace);
        p.leave();
        return { nodeType: 'DictComp', key: first, value, generators, start, length: span(p, start) };
      }
      result = parseDictRest(p, start, [first], [value]);
    } else if (p.kind() === Tok.For || (p.kind() === Tok.Async && p.peekKind(1) === Tok.For)) {
      checkComprehensionElement(p, first);
      const generators = parseComprehensionClauses(p);
      p.expect(Tok.RBrace);
      p.leave();
      return { nodeType: 'SetComp', elt: first, generators, start, length: span(p, start) };
    } else {
      const elts = [first];
      while (p.eat(Tok.Comma)) {
        if (p.kind() === Tok.RBrace) break;
        elts.push(parseStarNamedExpression(p));
      }
      expectClosing(p, Tok.RBrace, elts[elts.length - 1]);
      result = { nodeType: 'Set', elts, start, length: span(p, start) };
    }
  }
  p.leave();
  return result;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
// double_starred_kvpair: '**' bitwise_or | expression ':' expression
function parseDictRest(p: Parser, start: number, keys: (A.Expr | null)[], values: A.Expr[]): A.Dict {
  while (p.eat(Tok.Comma)) {
    if (p.kind() === Tok.RBrace) break;
    if (p.eat(Tok.DoubleStar)) {
      keys.push(null);
      values.push(parseBitwiseOr(p));
      continue;
    }
    keys.push(parseExpression(p));
    if (p.kind() !== Tok.Colon) p.failExpected("':'");
    p.advance();
    values.push(parseExpression(p));
  }
  // After `**mapping` CPython gives a plain "invalid syntax", not the missing-comma hint.
  expectClosing(p, Tok.RBrace, keys[keys.length - 1] === null ? null : values[values.length - 1]);
  return { nodeType: 'Dict', keys, values, start, length: span(p, start) };
}

function checkComprehensionElement(p: Parser, elt: A.Expr): void {
  if (elt.nodeType === 'Starred') p.fail('iterable unpacking cannot be used in comprehension', elt.start, elt.length);
}

// for_if_clauses: for_if_clause+
// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
export function parseComprehensionClauses(p: Parser): A.Comprehension[] {
  const generators: A.Comprehension[] = [];
  while (p.kind() === Tok.For || (p.kind() === Tok.Async && p.peekKind(1) === Tok.For)) {
    const start = p.tok.start;
    const isAsync = p.eat(Tok.Async) ? 1 : 0;
    p.advance();
    const target = parseStarTargets(p);
    if (p.kind() !== Tok.In && startsExpression(p.kind())) expectClosing(p, Tok.In, target);
    setContext(p, target, 'Store', 'for');
    if (p.kind() !== Tok.In) p.failExpected("'in'");
    p.advance();
    const iter = parseDisjunction(p);
    const ifs: A.Expr[] = [];
    while (p.eat(Tok.If)) ifs.push(parseDisjunction(p));
    generators.push({ nodeType: 'comprehension', target, iter, ifs, is_async: isAsync, start, length: span(p, start) });
  }
  return generators;
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
// (targets are parsed as expressions at the bitwise_or level, then checked by setContext)
export function parseStarTargets(p: Parser): A.Expr {
  const start = p.tok.start;
  const first = parseStarTarget(p);
  if (p.kind() !== Tok.Comma) return first;
  const elts = [first];
  while (p.eat(Tok.Comma)) {
    if (!startsExpression(p.kind()) && p.kind() !== Tok.Star) break;
    elts.push(parseStarTarget(p));
  }
  return { nodeType: 'Tuple', elts, ctx: 'Load', start, length: span(p, start) };
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
export function parseStarTarget(p: Parser): A.Expr {
  if (p.kind() === Tok.Star) {
    const start = p.advance().start;
    const value = parseStarTarget(p);
    return { nodeType: 'Starred', value, ctx: 'Load', start, length: span(p, start) };
  }
  return parseBitwiseOr(p);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function parseYieldExpression(p: Parser): A.Expr {
  const start = p.advance().start;
  if (p.eat(Tok.From)) {
    const value = parseExpression(p);
    return { nodeType: 'YieldFrom', value, start, length: span(p, start) };
  }
  const value = startsExpression(p.kind()) || p.kind() === Tok.Star ? parseStarExpressions(p) : null;
  return { nodeType: 'Yield', value, start, length: span(p, start) };
}
