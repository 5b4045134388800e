// Compound statements other than `match`: if/elif/else, while, for, try/except/except*/finally,
// with (including the parenthesized form), function and class definitions with decorators,
// async variants, and 3.12 type parameter lists.

import type * as A from '../ast.ts';
import { Tok } from '../tokens.ts';
import { parseArgumentList, parseParameters } from './arguments.ts';
import {
  parseExpression, parseNamedExpression, parseStarExpressions, parseStarTarget, parseStarTargets,
} from './expressions.ts';
import type { Parser } from './state.ts';
import { blockEnd, parseBlock } from './statements.ts';
import { setContext } from './targets.ts';

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
export function parseCompoundStatement(p: Parser): A.Stmt {
  switch (p.kind()) {
    case Tok.If: return parseIf(p);
    case Tok.While: return parseWhile(p);
    case Tok.For: return parseFor(p, p.tok.start, false);
    case Tok.Try: return parseTry(p);
    case Tok.With: return parseWith(p, p.tok.start, false);
    case Tok.Def: return parseFunctionDef(p, [], p.tok.start, false);
    case Tok.Class: return parseClassDef(p, []);
    case Tok.At: return parseDecorated(p);
    case Tok.Async: {
      const start = p.advance().start;
      if (p.kind() === Tok.Def) return parseFunctionDef(p, [], start, true);
      if (p.kind() === Tok.With) return parseWith(p, start, true);
      if (p.kind() === Tok.For) return parseFor(p, start, true);
      return p.failAtCurrent();
    }
    default:
      return p.failAtCurrent();
  }
}

function expectColon(p: Parser): void {
  if (p.kind() !== Tok.Colon) p.failExpected("':'");
  p.advance();
}

// else_block: 'else' &&':' block
function parseElse(p: Parser): A.Stmt[] {
  if (p.kind() !== Tok.Else) return [];
  const start = p.advance().start;
  expectColon(p);
  return parseBlock(p, "'else' statement", start);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
function parseIf(p: Parser): A.If {
  const keyword = p.advance();
  const start = keyword.start;
  const test = parseNamedExpression(p);
  expectColon(p);
  const body = parseBlock(p, keyword.kind === Tok.If ? "'if' statement" : "'elif' statement", start);
  let orelse: A.Stmt[];
  if (p.kind() === Tok.Elif) {
    p.enter();
    orelse = [parseIf(p)];
    p.leave();
  } else {
    orelse = parseElse(p);
  }
  const end = blockEnd(orelse.length > 0 ? orelse : body);
  return { nodeType: 'If', test, body, orelse, start, length: end - start };
}

// while_stmt: 'while' named_expression ':' block [else_block]
function parseWhile(p: Parser): A.While {
  const start = p.advance().start;
  const test = parseNamedExpression(p);
  expectColon(p);
  const body = parseBlock(p, "'while' statement", start);
  const orelse = parseElse(p);
  const end = blockEnd(orelse.length > 0 ? orelse : body);
  return { nodeType: 'While', test, body, orelse, start, length: end - start };
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
function parseFor(p: Parser, start: number, isAsync: boolean): A.For | A.AsyncFor {
  p.advance();
  const target = parseStarTargets(p);
  setContext(p, target, 'Store', 'for');
  if (p.kind() !== Tok.In) p.failExpected("'in'");
  p.advance();
  const iter = parseStarExpressions(p);
  expectColon(p);
  const body = parseBlock(p, "'for' statement", start);
  const orelse = parseElse(p);
  const length = blockEnd(orelse.length > 0 ? orelse : body) - start;
  return isAsync
    ? { nodeType: 'AsyncFor', target, iter, body, orelse, type_comment: null, start, length }
    : { nodeType: 'For', target, iter, body, orelse, type_comment: null, start, length };
}

// with_stmt:
//     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
function parseWith(p: Parser, start: number, isAsync: boolean): A.With | A.AsyncWith {
  p.advance();
  const items: A.Withitem[] = [];
  if (p.kind() === Tok.LParen && parenthesizedWithItems(p)) {
    p.advance();
    do {
      if (p.kind() === Tok.RParen) break;
      items.push(parseWithItem(p));
    } while (p.eat(Tok.Comma));
    p.expect(Tok.RParen);
  } else {
    do items.push(parseWithItem(p));
    while (p.eat(Tok.Comma));
  }
  expectColon(p);
  const body = parseBlock(p, "'with' statement", start);
  const length = blockEnd(body) - start;
  return isAsync
    ? { nodeType: 'AsyncWith', items, body, type_comment: null, start, length }
    : { nodeType: 'With', items, body, type_comment: null, start, length };
}

/**
 * At `with (`: true when the parentheses hold with-items (the token after the matching `)` is
 * `:`) rather than opening an expression such as `(a, b) as c` or `(yield x)`.
 */
function parenthesizedWithItems(p: Parser): boolean {
  let depth = 0;
  for (let i = p.index; i < p.tokens.length; i++) {
    const kind = p.tokens[i]!.kind;
    if (kind === Tok.LParen || kind === Tok.LSquare || kind === Tok.LBrace) depth++;
    else if (kind === Tok.RParen || kind === Tok.RSquare || kind === Tok.RBrace) {
      depth--;
      if (depth === 0) return p.tokens[i + 1]?.kind === Tok.Colon;
    } else if (depth === 1 && (kind === Tok.For || kind === Tok.ColonEqual || kind === Tok.Yield)) {
      return false;
    } else if (kind === Tok.Newline || kind === Tok.EndOfFile) return false;
  }
  return false;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
function parseWithItem(p: Parser): A.Withitem {
  const start = p.tok.start;
  const contextExpr = parseExpression(p);
  let optionalVars: A.Expr | null = null;
  if (p.eat(Tok.As)) {
    optionalVars = parseStarTarget(p);
    setContext(p, optionalVars, 'Store', 'with');
    if (p.kind() !== Tok.Comma && p.kind() !== Tok.RParen && p.kind() !== Tok.Colon) p.failAtCurrent();
  }
  return { nodeType: 'withitem', context_expr: contextExpr, optional_vars: optionalVars, start, length: p.prevEnd - start };
}

// try_stmt:
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
function parseTry(p: Parser): A.Try | A.TryStar {
  const start = p.advance().start;
  expectColon(p);
  const body = parseBlock(p, "'try' statement", start);
  const handlers: A.ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.kind() === Tok.Except) handlers.push(parseExceptHandler(p, (isStar) => {
    if (star !== null && star !== isStar) {
      p.fail("cannot have both 'except' and 'except*' on the same 'try'", p.tok.start);
    }
    star = isStar;
  }));
  const orelse = handlers.length > 0 ? parseElse(p) : [];
  let finalbody: A.Stmt[] = [];
  if (p.kind() === Tok.Finally) {
    const finallyStart = p.advance().start;
    expectColon(p);
    finalbody = parseBlock(p, "'finally' statement", finallyStart);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    p.fail("expected 'except' or 'finally' block", p.tok.start, p.tok.end - p.tok.start);
  }
  const last = finalbody.length > 0 ? finalbody : orelse.length > 0 ? orelse : null;
  const end = last !== null ? blockEnd(last) : handlers[handlers.length - 1]!.start + handlers[handlers.length - 1]!.length;
  const length = end - start;
  return star === true
    ? { nodeType: 'TryStar', body, handlers, orelse, finalbody, start, length }
    : { nodeType: 'Try', body, handlers, orelse, finalbody, start, length };
}

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// except_star_block: 'except' '*' expression ['as' NAME] ':' block
function parseExceptHandler(p: Parser, noteStar: (isStar: boolean) => void): A.ExceptHandler {
  const start = p.advance().start;
  const isStar = p.eat(Tok.Star);
  noteStar(isStar);
  let type: A.Expr | null = null;
  let name: string | null = null;
  if (p.kind() !== Tok.Colon || isStar) {
    if (isStar && p.kind() === Tok.Colon) p.fail('expected one or more exception types', p.tok.start);
    type = parseExpression(p);
    if (p.kind() === Tok.Comma) {
      p.fail('multiple exception types must be parenthesized', type.start, type.length);
    }
    if (p.eat(Tok.As)) name = p.expectName().value;
  }
  expectColon(p);
  const body = parseBlock(p, isStar ? "'except*' statement" : "'except' statement", start);
  return { nodeType: 'ExceptHandler', type, name, body, start, length: blockEnd(body) - start };
}

// decorators: ('@' named_expression NEWLINE)+
function parseDecorated(p: Parser): A.Stmt {
  const decorators: A.Expr[] = [];
  while (p.eat(Tok.At)) {
    decorators.push(parseNamedExpression(p));
    if (p.kind() !== Tok.Newline) p.failAtCurrent();
    p.advance();
  }
  const start = p.tok.start;
  if (p.kind() === Tok.Def) return parseFunctionDef(p, decorators, start, false);
  if (p.kind() === Tok.Class) return parseClassDef(p, decorators);
  if (p.kind() === Tok.Async && p.peekKind(1) === Tok.Def) {
    p.advance();
    return parseFunctionDef(p, decorators, start, true);
  }
  return p.failAtCurrent();
}

// function_def_raw:
//     | [ASYNC] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
function parseFunctionDef(p: Parser, decorators: A.Expr[], start: number, isAsync: boolean): A.FunctionDef | A.AsyncFunctionDef {
  p.advance();
  const name = p.expectName().value;
  const typeParams = p.kind() === Tok.LSquare ? parseTypeParams(p) : [];
  if (p.kind() !== Tok.LParen) p.failExpected("'('");
  p.advance();
  const args = parseParameters(p, true, Tok.RParen);
  p.expect(Tok.RParen);
  const returns = p.eat(Tok.RArrow) ? parseExpression(p) : null;
  expectColon(p);
  p.enter();
  const body = parseBlock(p, 'function definition', start);
  p.leave();
  const length = blockEnd(body) - start;
  const fields = { name, args, body, decorator_list: decorators, returns, type_comment: null, type_params: typeParams, start, length };
  return isAsync ? { nodeType: 'AsyncFunctionDef', ...fields } : { nodeType: 'FunctionDef', ...fields };
}

// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] &&':' block
function parseClassDef(p: Parser, decorators: A.Expr[]): A.ClassDef {
  const start = p.advance().start;
  const name = p.expectName().value;
  const typeParams = p.kind() === Tok.LSquare ? parseTypeParams(p) : [];
  let bases: A.Expr[] = [];
  let keywords: A.Keyword[] = [];
  if (p.kind() === Tok.LParen) ({ args: bases, keywords } = parseArgumentList(p, false));
  expectColon(p);
  p.enter();
  const body = parseBlock(p, 'class definition', start);
  p.leave();
  return {
    nodeType: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, type_params: typeParams,
    start, length: blockEnd(body) - start,
  };
}

// type_params: '[' type_param_seq ']'
// type_param: NAME [':' expression] | '*' NAME | '**' NAME
export function parseTypeParams(p: Parser): A.TypeParam[] {
  p.advance();
  p.usesPython312 = true;
  const params: A.TypeParam[] = [];
  do {
    if (p.kind() === Tok.RSquare && params.length > 0) break;
    const start = p.tok.start;
    if (p.eat(Tok.Star)) {
      const name = p.expectName().value;
      if (p.kind() === Tok.Colon) p.fail('cannot use bound with TypeVarTuple', p.tok.start);
      params.push({ nodeType: 'TypeVarTuple', name, start, length: p.prevEnd - start });
    } else if (p.eat(Tok.DoubleStar)) {
      const name = p.expectName().value;
      if (p.kind() === Tok.Colon) p.fail('cannot use bound with ParamSpec', p.tok.start);
      params.push({ nodeType: 'ParamSpec', name, start, length: p.prevEnd - start });
    } else {
      const name = p.expectName().value;
      const bound = p.eat(Tok.Colon) ? parseExpression(p) : null;
      params.push({ nodeType: 'TypeVar', name, bound, start, length: p.prevEnd - start });
    }
  } while (p.eat(Tok.Comma));
  p.expect(Tok.RSquare);
  return params;
}
