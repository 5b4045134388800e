// Both sides of a call: parameter lists of `def` and `lambda` (positional-only, defaults,
// `*args`, keyword-only, `**kwargs`) and argument lists of calls and class bases (positional,
// starred, keyword, `**mapping`, a lone generator expression), with CPython's ordering errors.

import type * as A from '../ast.ts';
import { Tok } from '../tokens.ts';
import type { TokenKind } from '../tokens.ts';
import {
  expectClosing, parseComprehensionClauses, parseExpression, parseNamedExpression, parseStarExpression,
} from './expressions.ts';
import type { Parser } from './state.ts';

// parameters / lambda_params (the grammar's many alternatives, read in one left-to-right pass):
//   [posonly params '/' ','] [params with or without defaults] ['*' [param] (',' kwonly param)*]
//   ['**' param] [',']
// `closing` is ')' for def and ':' for lambda; lambda parameters take no annotations.
export function parseParameters(p: Parser, annotated: boolean, closing: TokenKind): A.Arguments {
  const start = p.tok.start;
  let posonlyargs: A.Arg[] = [];
  let args: A.Arg[] = [];
  const defaults: A.Expr[] = [];
  let vararg: A.Arg | null = null;
  const kwonlyargs: A.Arg[] = [];
  const kwDefaults: (A.Expr | null)[] = [];
  let kwarg: A.Arg | null = null;
  let seenSlash = false;
  let seenStar = false;
  let bareStar: number | null = null;
  while (p.kind() !== closing) {
    if (kwarg !== null) p.fail('arguments cannot follow var-keyword argument', p.tok.start, p.tok.end - p.tok.start);
    const token = p.tok;
    if (p.kind() === Tok.Slash) {
      if (seenSlash) p.fail('/ may appear only once', token.start);
      if (seenStar) p.fail('/ must be ahead of *', token.start);
      if (args.length === 0) p.fail('at least one argument must precede /', token.start);
      p.advance();
      seenSlash = true;
      posonlyargs = args;
      args = [];
    } else if (p.kind() === Tok.Star) {
      if (seenStar) p.fail('* argument may appear only once', token.start);
      p.advance();
      seenStar = true;
      if (p.kind() === Tok.Comma || p.kind() === closing) {
        bareStar = token.start;
      } else {
        vararg = parseParameter(p, annotated, true);
        if (p.kind() === Tok.Equal) p.fail('var-positional argument cannot have default value', p.tok.start);
      }
    } else if (p.kind() === Tok.DoubleStar) {
      p.advance();
      kwarg = parseParameter(p, annotated, false);
      if (p.kind() === Tok.Equal) p.fail('var-keyword argument cannot have default value', p.tok.start);
    } else {
      const arg = parseParameter(p, annotated, false);
      let value: A.Expr | null = null;
      if (p.eat(Tok.Equal)) value = parseExpression(p);
      if (seenStar) {
        bareStar = null;
        kwonlyargs.push(arg);
        kwDefaults.push(value);
      } else {
        if (value !== null) defaults.push(value);
        else if (defaults.length > 0) p.fail('non-default argument follows default argument', arg.start, arg.length);
        args.push(arg);
      }
    }
    if (!p.eat(Tok.Comma)) break;
  }
  if (bareStar !== null) p.fail('named arguments must follow bare *', bareStar);
  return {
    nodeType: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults,
    start, length: p.prevEnd - start,
  };
}

// param: NAME annotation?        (star_annotation: ':' star_expression, for *args only)
function parseParameter(p: Parser, annotated: boolean, starAnnotation: boolean): A.Arg {
  const name = p.expectName();
  let annotation: A.Expr | null = null;
  if (annotated && p.eat(Tok.Colon)) {
    annotation = starAnnotation ? parseStarExpression(p) : parseExpression(p);
  }
  return {
    nodeType: 'arg', arg: name.value, annotation, type_comment: null, start: name.start, length: p.prevEnd - name.start,
  };
}

export interface ArgumentList {
  args: A.Expr[];
  keywords: A.Keyword[];
}

// primary '(' [arguments] ')'  and  primary genexp
export function parseCallArguments(p: Parser, func: A.Expr, start: number): A.Call {
  const { args, keywords } = parseArgumentList(p, true);
  return { nodeType: 'Call', func, args, keywords, start, length: p.prevEnd - start };
}

// arguments: args [','] &')'
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
// kwargs: kwarg_or_starred (',' kwarg_or_starred)* (',' kwarg_or_double_starred)*
// Reads from '(' through ')'. A lone generator expression is allowed when `genexp` is true.
export function parseArgumentList(p: Parser, genexp: boolean): ArgumentList {
  const open = p.expect(Tok.LParen);
  p.enter();
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let seenKeyword = false;
  let seenDoubleStar = false;
  let last: A.Expr | null = null;
  while (p.kind() !== Tok.RParen) {
    const start = p.tok.start;
    if (p.kind() === Tok.Star) {
      p.advance();
      const value = parseExpression(p);
      if (seenDoubleStar) p.fail('iterable argument unpacking follows keyword argument unpacking', start, p.prevEnd - start);
      args.push({ nodeType: 'Starred', value, ctx: 'Load', start, length: p.prevEnd - start });
    } else if (p.kind() === Tok.DoubleStar) {
      p.advance();
      const value = parseExpression(p);
      seenDoubleStar = true;
      keywords.push({ nodeType: 'keyword', arg: null, value, start, length: p.prevEnd - start });
    } else if (p.kind() === Tok.Name && p.peekKind(1) === Tok.Equal) {
      const name = p.advance();
      p.advance();
      const value = parseExpression(p);
      seenKeyword = true;
      keywords.push({ nodeType: 'keyword', arg: name.value, value, start, length: p.prevEnd - start });
    } else {
      let value = parseNamedExpression(p);
      if (p.kind() === Tok.For || (p.kind() === Tok.Async && p.peekKind(1) === Tok.For)) {
        const generators = parseComprehensionClauses(p);
        const alone = args.length === 0 && keywords.length === 0 && p.kind() === Tok.RParen;
        if (!genexp || !alone) p.fail('Generator expression must be parenthesized', value.start, p.prevEnd - value.start);
        value = {
          nodeType: 'GeneratorExp', elt: value, generators, start: open.start, length: p.tok.end - open.start,
        };
      } else if (p.kind() === Tok.Equal) {
        p.fail('expression cannot contain assignment, perhaps you meant "=="?', value.start, p.tok.end - value.start);
      }
      if (seenDoubleStar) p.fail('positional argument follows keyword argument unpacking', value.start, value.length);
      if (seenKeyword) p.fail('positional argument follows keyword argument', value.start, value.length);
      args.push(value);
    }
    last = keywords.length > 0 && keywords[keywords.length - 1]!.start >= start ? keywords[keywords.length - 1]!.value : args[args.length - 1]!;
    if (!p.eat(Tok.Comma)) break;
  }
  expectClosing(p, Tok.RParen, last);
  p.leave();
  checkRepeatedKeywords(p, keywords);
  return { args, keywords };
}

/** CPython's compiler rejects `f(a=1, a=2)`; Wyrm reports it while parsing. */
function checkRepeatedKeywords(p: Parser, keywords: A.Keyword[]): void {
  if (keywords.length < 2) return;
  const seen = new Set<string>();
  for (const keyword of keywords) {
    if (keyword.arg === null) continue;
    if (seen.has(keyword.arg)) p.fail(`keyword argument repeated: ${keyword.arg}`, keyword.start, keyword.length);
    seen.add(keyword.arg);
  }
}
