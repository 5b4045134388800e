// Statements: the dispatcher that picks simple or compound statements, blocks (indented suites
// or a one-line body), and every simple statement: assignments of all three kinds, expression
// statements, return, raise, del, import, global, assert and the 3.12 `type` alias statement.

import { Diag } from '../../diagnostics/catalog.ts';
import type * as A from '../ast.ts';
import { Tok } from '../tokens.ts';
import type { TokenKind } from '../tokens.ts';
import { parseCompoundStatement, parseTypeParams } from './compound.ts';
import {
  parseBitwiseOr, parseExpression, parseStarExpressions, parseYieldExpression, startsExpression,
} from './expressions.ts';
import { looksLikeMatchStatement, parseMatchStatement } from './patterns.ts';
import type { Parser } from './state.ts';
import { expressionName, setContext } from './targets.ts';

const augmentedOperator: (A.Operator | undefined)[] = [];
augmentedOperator[Tok.PlusEqual] = 'Add';
augmentedOperator[Tok.MinusEqual] = 'Sub';
augmentedOperator[Tok.StarEqual] = 'Mult';
augmentedOperator[Tok.AtEqual] = 'MatMult';
augmentedOperator[Tok.SlashEqual] = 'Div';
augmentedOperator[Tok.PercentEqual] = 'Mod';
augmentedOperator[Tok.AmperEqual] = 'BitAnd';
augmentedOperator[Tok.VBarEqual] = 'BitOr';
augmentedOperator[Tok.CircumflexEqual] = 'BitXor';
augmentedOperator[Tok.LeftShiftEqual] = 'LShift';
augmentedOperator[Tok.RightShiftEqual] = 'RShift';
augmentedOperator[Tok.DoubleStarEqual] = 'Pow';
augmentedOperator[Tok.DoubleSlashEqual] = 'FloorDiv';

const compoundStarters = new Uint8Array(128);
for (const kind of [Tok.Def, Tok.Class, Tok.At, Tok.If, Tok.While, Tok.For, Tok.Try, Tok.With, Tok.Async]) {
  compoundStarters[kind] = 1;
}

// statement: compound_stmt | simple_stmts
export function parseStatementInto(p: Parser, body: A.Stmt[]): void {
  if (compoundStarters[p.kind()] === 1 || (p.kind() === Tok.Name && p.tok.value === 'match' && looksLikeMatchStatement(p))) {
    if (p.kind() === Tok.Name) body.push(parseMatchStatement(p));
    else body.push(parseCompoundStatement(p));
    return;
  }
  if (p.kind() === Tok.Indent || p.kind() === Tok.Dedent) p.failAtCurrent();
  parseSimpleStatementsInto(p, body);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// `what` names the statement for "expected an indented block after ..." errors.
export function parseBlock(p: Parser, what: string, headerStart: number): A.Stmt[] {
  const body: A.Stmt[] = [];
  if (p.kind() !== Tok.Newline) {
    parseSimpleStatementsInto(p, body);
    return body;
  }
  p.advance();
  if (p.kind() !== Tok.Indent) {
    const line = p.source.lineOf(headerStart);
    p.fail(`expected an indented block after ${what} on line ${line}`, p.tok.start, 1, Diag.IndentationError);
  }
  p.advance();
  while (p.kind() !== Tok.Dedent && p.kind() !== Tok.EndOfFile) parseStatementInto(p, body);
  if (p.kind() !== Tok.Dedent) p.failAtCurrent();
  p.advance();
  return body;
}

/** End offset of the last statement of a block. */
export function blockEnd(body: A.Stmt[]): number {
  const last = body[body.length - 1]!;
  return last.start + last.length;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
function parseSimpleStatementsInto(p: Parser, body: A.Stmt[]): void {
  for (;;) {
    body.push(parseSimpleStatement(p));
    if (p.kind() !== Tok.Semi) break;
    p.advance();
    if (p.kind() === Tok.Newline) break;
  }
  if (p.kind() !== Tok.Newline) p.failAtCurrent();
  p.advance();
}

// simple_stmt: assignment | type_alias | star_expressions | return_stmt | import_stmt
//     | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
//     | global_stmt | nonlocal_stmt
function parseSimpleStatement(p: Parser): A.Stmt {
  const token = p.tok;
  const start = token.start;
  switch (p.kind()) {
    case Tok.Pass:
      p.advance();
      return { nodeType: 'Pass', start, length: token.end - start };
    case Tok.Break:
      p.advance();
      return { nodeType: 'Break', start, length: token.end - start };
    case Tok.Continue:
      p.advance();
      return { nodeType: 'Continue', start, length: token.end - start };
    case Tok.Return: {
      p.advance();
      const value = startsExpression(p.kind()) || p.kind() === Tok.Star ? parseStarExpressions(p) : null;
      return { nodeType: 'Return', value, start, length: p.prevEnd - start };
    }
    case Tok.Raise:
      return parseRaise(p);
    case Tok.Global:
    case Tok.Nonlocal:
      return parseGlobal(p);
    case Tok.Del:
      return parseDel(p);
    case Tok.Assert: {
      p.advance();
      const test = parseExpression(p);
      const msg = p.eat(Tok.Comma) ? parseExpression(p) : null;
      return { nodeType: 'Assert', test, msg, start, length: p.prevEnd - start };
    }
    case Tok.Import:
      return parseImport(p);
    case Tok.From:
      return parseImportFrom(p);
    case Tok.Name:
      if (token.value === 'type' && p.peekKind(1) === Tok.Name) {
        const third = p.peekKind(2);
        if (third === Tok.Equal || third === Tok.LSquare) return parseTypeAlias(p);
      }
      return parseExpressionStatement(p);
    default:
      return parseExpressionStatement(p);
  }
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'='
//     | single_target augassign ~ (yield_expr | star_expressions)
// star_expressions (as an expression statement)
function parseExpressionStatement(p: Parser): A.Stmt {
  const start = p.tok.start;
  const firstKind = p.kind();
  const first = parseRightHandSide(p);
  if (p.kind() === Tok.Equal) {
    const targets: A.Expr[] = [first];
    let value: A.Expr;
    for (;;) {
      p.advance();
      const next = parseRightHandSide(p);
      if (p.kind() !== Tok.Equal) {
        value = next;
        break;
      }
      targets.push(next);
    }
    for (const target of targets) setContext(p, target, 'Store', 'assign', targets.length > 1);
    return { nodeType: 'Assign', targets, value, type_comment: null, start, length: p.prevEnd - start };
  }
  if (p.kind() === Tok.Colon) {
    if (first.nodeType !== 'Name' && first.nodeType !== 'Attribute' && first.nodeType !== 'Subscript') {
      const message = first.nodeType === 'Tuple' ? 'only single target (not tuple) can be annotated'
        : first.nodeType === 'List' ? 'only single target (not list) can be annotated'
        : 'illegal target for annotation';
      p.fail(message, first.start, first.length);
    }
    p.advance();
    const annotation = parseExpression(p);
    const value = p.eat(Tok.Equal) ? parseRightHandSide(p) : null;
    setContext(p, first, 'Store', 'assign');
    const simple = first.nodeType === 'Name' && firstKind !== Tok.LParen ? 1 : 0;
    return { nodeType: 'AnnAssign', target: first, annotation, value, simple, start, length: p.prevEnd - start };
  }
  const op = p.kind() < 128 ? augmentedOperator[p.kind()] : undefined;
  if (op !== undefined) {
    if (first.nodeType !== 'Name' && first.nodeType !== 'Attribute' && first.nodeType !== 'Subscript') {
      p.fail(`'${expressionName(first)}' is an illegal expression for augmented assignment`, first.start, first.length);
    }
    p.advance();
    const value = parseRightHandSide(p);
    setContext(p, first, 'Store', 'assign');
    return { nodeType: 'AugAssign', target: first, op, value, start, length: p.prevEnd - start };
  }
  return { nodeType: 'Expr', value: first, start, length: p.prevEnd - start };
}

// annotated_rhs: yield_expr | star_expressions
function parseRightHandSide(p: Parser): A.Expr {
  return p.kind() === Tok.Yield ? parseYieldExpression(p) : parseStarExpressions(p);
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
function parseRaise(p: Parser): A.Raise {
  const start = p.advance().start;
  let exc: A.Expr | null = null;
  let cause: A.Expr | null = null;
  if (startsExpression(p.kind())) {
    exc = parseExpression(p);
    if (p.eat(Tok.From)) cause = parseExpression(p);
  }
  return { nodeType: 'Raise', exc, cause, start, length: p.prevEnd - start };
}

// global_stmt: 'global' ','.NAME+      nonlocal_stmt: 'nonlocal' ','.NAME+
function parseGlobal(p: Parser): A.Global | A.Nonlocal {
  const keyword = p.advance();
  const names = [p.expectName().value];
  while (p.eat(Tok.Comma)) names.push(p.expectName().value);
  const start = keyword.start;
  const length = p.prevEnd - start;
  return keyword.kind === Tok.Global ? { nodeType: 'Global', names, start, length } : { nodeType: 'Nonlocal', names, start, length };
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
// del_targets: ','.del_target+ [',']
function parseDel(p: Parser): A.Delete {
  const start = p.advance().start;
  const targets: A.Expr[] = [];
  do {
    if (!startsExpression(p.kind())) {
      if (targets.length > 0) break;
      p.failAtCurrent();
    }
    const target = parseBitwiseOr(p);
    setContext(p, target, 'Del', 'del');
    targets.push(target);
  } while (p.eat(Tok.Comma));
  if (p.kind() !== Tok.Semi && p.kind() !== Tok.Newline) {
    // `del x < 1`: CPython names the whole expression that cannot be deleted.
    const expr = targets[targets.length - 1]!;
    if (!startsExpression(p.kind()) && p.kind() !== Tok.Error && p.kind() !== Tok.EndOfFile) {
      p.fail(`cannot delete ${problemName(p.kind())}`, expr.start, p.tok.end - expr.start);
    }
    p.failAtCurrent();
  }
  return { nodeType: 'Delete', targets, start, length: p.prevEnd - start };
}

function problemName(kind: TokenKind): string {
  if (kind === Tok.Less || kind === Tok.Greater || kind === Tok.EqEqual || kind === Tok.NotEqual
    || kind === Tok.LessEqual || kind === Tok.GreaterEqual || kind === Tok.In || kind === Tok.Is || kind === Tok.Not) {
    return 'comparison';
  }
  if (kind === Tok.If) return 'conditional expression';
  return 'expression';
}

// import_name: 'import' dotted_as_names
// dotted_as_names: ','.dotted_as_name+
function parseImport(p: Parser): A.Import {
  const start = p.advance().start;
  const names: A.Alias[] = [];
  do {
    const aliasStart = p.tok.start;
    const name = parseDottedName(p);
    const asname = p.eat(Tok.As) ? p.expectName().value : null;
    names.push({ nodeType: 'alias', name, asname, start: aliasStart, length: p.prevEnd - aliasStart });
  } while (p.eat(Tok.Comma));
  return { nodeType: 'Import', names, start, length: p.prevEnd - start };
}

// dotted_name: dotted_name '.' NAME | NAME
function parseDottedName(p: Parser): string {
  let name = p.expectName().value;
  while (p.eat(Tok.Dot)) name += '.' + p.expectName().value;
  return name;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
function parseImportFrom(p: Parser): A.ImportFrom {
  const start = p.advance().start;
  let level = 0;
  for (;;) {
    if (p.eat(Tok.Dot)) level++;
    else if (p.eat(Tok.Ellipsis)) level += 3;
    else break;
  }
  const module = p.kind() === Tok.Name || level === 0 ? parseDottedName(p) : null;
  if (p.kind() !== Tok.Import) p.failExpected("'import'");
  p.advance();
  const names: A.Alias[] = [];
  if (p.kind() === Tok.Star) {
    const star = p.advance();
    names.push({ nodeType: 'alias', name: '*', asname: null, start: star.start, length: 1 });
  } else {
    const parenthesized = p.eat(Tok.LParen);
    do {
      if (parenthesized && p.kind() === Tok.RParen) break;
      if (!parenthesized && p.kind() === Tok.Newline && names.length > 0) {
        p.fail('trailing comma not allowed without surrounding parentheses', p.prevEnd - 1);
      }
      const name = p.expectName();
      const asname = p.eat(Tok.As) ? p.expectName().value : null;
      names.push({ nodeType: 'alias', name: name.value, asname, start: name.start, length: p.prevEnd - name.start });
    } while (p.eat(Tok.Comma));
    if (parenthesized) p.expect(Tok.RParen);
  }
  return { nodeType: 'ImportFrom', module, names, level, start, length: p.prevEnd - start };
}

// type_alias: "type" NAME [type_params] '=' expression
function parseTypeAlias(p: Parser): A.TypeAlias {
  const start = p.advance().start;
  const nameToken = p.expectName();
  const name: A.Name = {
    nodeType: 'Name', id: nameToken.value, ctx: 'Store', start: nameToken.start, length: nameToken.end - nameToken.start,
  };
  const typeParams = p.kind() === Tok.LSquare ? parseTypeParams(p) : [];
  p.expect(Tok.Equal);
  const value = parseExpression(p);
  p.usesPython312 = true;
  return { nodeType: 'TypeAlias', name, type_params: typeParams, value, start, length: p.prevEnd - start };
}
