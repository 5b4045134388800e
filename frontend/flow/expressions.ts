// Expressions to flow operations. Each buildExpr() call appends operations to the open block
// and returns the value (a Variable, or a Constant when known while building). Short-circuit
// forms (`and`, `or`, `x if c else y`, chained comparisons) become blocks that meet at a join.

import type * as ast from '../ast.ts';
import { PyBytes, PyComplex, Ellipsis } from '../ast.ts';
import { Constant, type Hlvalue } from '../flowmodel.ts';
import { BuiltinModule, RuntimeValue } from '../program.ts';
import { CallShape } from '../callshape.ts';
import { BINARY_OPERATORS, COMPARISON_OPERATORS } from '../operations.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { closestName } from '../../diagnostics/suggest.ts';
import { C_NONE, Join } from './builder.ts';
import { spanOf, type FlowContext } from './context.ts';

export function buildExpr(ctx: FlowContext, expr: ast.Expr): Hlvalue {
  switch (expr.nodeType) {
    case 'Constant':
      return constantOf(ctx, expr);
    case 'Name':
      return ctx.loadName(expr.id, expr);
    case 'BinOp':
      return ctx.emit(BINARY_OPERATORS[expr.op]!, [buildExpr(ctx, expr.left), buildExpr(ctx, expr.right)], expr);
    case 'UnaryOp':
      return buildUnary(ctx, expr);
    case 'BoolOp':
      return buildBoolOpValue(ctx, expr);
    case 'Compare':
      return expr.ops.length === 1 ? buildSingleComparison(ctx, expr, buildExpr(ctx, expr.left)) : buildChainValue(ctx, expr);
    case 'IfExp':
      return buildIfExp(ctx, expr);
    case 'Call':
      return buildCall(ctx, expr);
    case 'Attribute':
      return buildAttribute(ctx, expr);
    case 'Subscript':
      return ctx.emit('getitem', [buildExpr(ctx, expr.value), buildIndex(ctx, expr.slice)], expr);
    case 'List':
      return ctx.emit('newlist', buildElements(ctx, expr.elts), expr);
    case 'Tuple':
      return ctx.emit('newtuple', buildElements(ctx, expr.elts), expr);
    case 'Set':
      return ctx.emit('newset', buildElements(ctx, expr.elts), expr);
    case 'Dict':
      return buildDict(ctx, expr);
    case 'JoinedStr':
      return buildJoinedStr(ctx, expr);
    case 'FormattedValue':
      return buildFormatted(ctx, expr);
    case 'NamedExpr': {
      const value = buildExpr(ctx, expr.value);
      ctx.storeName(expr.target.id, value, expr.target);
      return value;
    }
    case 'Slice':
      return buildSlice(ctx, expr);
    case 'Lambda':
      throw ctx.unsupported('lambda', expr, 'define a function with def');
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      throw ctx.unsupported('a comprehension', expr, 'write the loop explicitly');
    case 'Starred':
      throw ctx.unsupported('a starred expression here', expr);
    case 'Await':
      throw ctx.unsupported('await', expr);
    case 'Yield':
    case 'YieldFrom':
      throw ctx.unsupported('yield (generators)', expr);
  }
}

function constantOf(ctx: FlowContext, expr: ast.Constant): Constant {
  const v = expr.value;
  if (v instanceof PyBytes) throw ctx.unsupported('bytes', expr);
  if (v instanceof PyComplex) throw ctx.unsupported('complex numbers', expr);
  if (v === Ellipsis) throw ctx.unsupported('Ellipsis (...) as a value', expr);
  return new Constant(v);
}

function buildUnary(ctx: FlowContext, expr: ast.UnaryOp): Hlvalue {
  const operand = buildExpr(ctx, expr.operand);
  switch (expr.op) {
    case 'USub':
      return ctx.emit('neg', [operand], expr);
    case 'UAdd':
      return ctx.emit('pos', [operand], expr);
    case 'Invert':
      return ctx.emit('invert', [operand], expr);
    case 'Not':
      return ctx.emit('bool_not', [ctx.emit('bool', [operand], expr)], expr);
  }
}

function buildElements(ctx: FlowContext, elts: readonly ast.Expr[]): Hlvalue[] {
  return elts.map((elt) => {
    if (elt.nodeType === 'Starred') throw ctx.unsupported('unpacking with * in a display', elt);
    return buildExpr(ctx, elt);
  });
}

function buildDict(ctx: FlowContext, expr: ast.Dict): Hlvalue {
  const args: Hlvalue[] = [];
  expr.keys.forEach((key, i) => {
    if (key === null) throw ctx.unsupported('unpacking with ** in a dict display', expr.values[i]!);
    args.push(buildExpr(ctx, key), buildExpr(ctx, expr.values[i]!));
  });
  return ctx.emit('newdict', args, expr);
}

export function buildIndex(ctx: FlowContext, index: ast.Expr): Hlvalue {
  return index.nodeType === 'Slice' ? buildSlice(ctx, index) : buildExpr(ctx, index);
}

function buildSlice(ctx: FlowContext, slice: ast.Slice): Hlvalue {
  const part = (e: ast.Expr | null): Hlvalue => (e ? buildExpr(ctx, e) : C_NONE);
  return ctx.emit('newslice', [part(slice.lower), part(slice.upper), part(slice.step)], slice);
}

function buildAttribute(ctx: FlowContext, expr: ast.Attribute): Hlvalue {
  const base = buildExpr(ctx, expr.value);
  if (base instanceof Constant && base.value instanceof BuiltinModule) {
    const module = base.value;
    if (!module.members.has(expr.attr)) {
      const suggestion = closestName(expr.attr, module.members.keys());
      const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
      throw ctx.error(Diag.UnsupportedBuiltin, `module '${module.name}' has no supported attribute '${expr.attr}'${hint}`, expr);
    }
    const member = module.members.get(expr.attr);
    if (!(member instanceof RuntimeValue)) return new Constant(member);
  }
  return ctx.emit('getattr', [base, new Constant(expr.attr)], expr);
}

function buildCall(ctx: FlowContext, expr: ast.Call): Hlvalue {
  const callee = buildExpr(ctx, expr.func);
  const positional: Hlvalue[] = [];
  for (const arg of expr.args) {
    if (arg.nodeType === 'Starred') throw ctx.unsupported('*args in a call', arg);
    positional.push(buildExpr(ctx, arg));
  }
  if (expr.keywords.length === 0) return ctx.emit('simple_call', [callee, ...positional], expr);
  const names: string[] = [];
  const values: Hlvalue[] = [];
  for (const keyword of expr.keywords) {
    if (keyword.arg === null) throw ctx.unsupported('**kwargs in a call', keyword);
    names.push(keyword.arg);
    values.push(buildExpr(ctx, keyword.value));
  }
  const shape = new CallShape(positional.length, names);
  return ctx.emit('call_args', [callee, new Constant(shape), ...positional, ...values], expr);
}

/** One comparison `left OP right`, with `not in` and `is not` as a negated result. */
function buildSingleComparison(ctx: FlowContext, expr: ast.Compare, left: Hlvalue, index = 0): Hlvalue {
  const op = expr.ops[index]!;
  const right = buildExpr(ctx, expr.comparators[index]!);
  const span = { start: expr.start, length: expr.comparators[index]!.start + expr.comparators[index]!.length - expr.start };
  return comparison(ctx, op, left, right, span);
}

export function comparison(ctx: FlowContext, op: ast.CmpOperator, left: Hlvalue, right: Hlvalue, span: { start: number; length: number }): Hlvalue {
  const opname = COMPARISON_OPERATORS[op]!;
  // `x in y` asks the container: contains(y, x).
  const args = op === 'In' || op === 'NotIn' ? [right, left] : [left, right];
  const result = ctx.emit(opname, args, span);
  return op === 'NotIn' || op === 'IsNot' ? ctx.emit('bool_not', [result], span) : result;
}

/** A value that arrives at a join from several paths, carried in a hidden local. */
function joinValues(ctx: FlowContext, paths: ((hidden: string) => void)[]): Hlvalue {
  const hidden = ctx.temporary('value');
  const join = new Join();
  for (const path of paths) {
    path(hidden);
    ctx.builder.jump(join, null);
  }
  ctx.builder.enterJoin(join);
  if (!ctx.builder.reachable) return C_NONE;
  const value = ctx.builder.lookup(hidden)!.value;
  ctx.builder.unassign(hidden);
  return value;
}

function buildBoolOpValue(ctx: FlowContext, expr: ast.BoolOp): Hlvalue {
  const hidden = ctx.temporary('value');
  const join = new Join();
  const values = expr.values;
  for (let i = 0; i < values.length; i++) {
    const value = buildExpr(ctx, values[i]!);
    ctx.builder.assign(hidden, value);
    if (i === values.length - 1) {
      ctx.builder.jump(join, null);
      break;
    }
    const truth = ctx.emit('bool', [value], values[i]!);
    const { ifFalse, ifTrue } = ctx.builder.branch(truth, spanOf(values[i]!));
    // `a and b` stops at the first false value, `a or b` at the first true one.
    const [stop, goOn] = expr.op === 'And' ? [ifFalse, ifTrue] : [ifTrue, ifFalse];
    ctx.builder.resume(stop);
    ctx.builder.jump(join, null);
    ctx.builder.resume(goOn);
  }
  ctx.builder.enterJoin(join);
  const result = ctx.builder.lookup(hidden)!.value;
  ctx.builder.unassign(hidden);
  return result;
}

function buildChainValue(ctx: FlowContext, expr: ast.Compare): Hlvalue {
  const hidden = ctx.temporary('value');
  const join = new Join();
  let left = buildExpr(ctx, expr.left);
  for (let i = 0; i < expr.ops.length; i++) {
    const rightNode = expr.comparators[i]!;
    const right = buildExpr(ctx, rightNode);
    const span = { start: (i === 0 ? expr.left : expr.comparators[i - 1]!).start, length: 0 };
    span.length = rightNode.start + rightNode.length - span.start;
    const result = comparison(ctx, expr.ops[i]!, left, right, span);
    ctx.builder.assign(hidden, result);
    if (i === expr.ops.length - 1) {
      ctx.builder.jump(join, null);
      break;
    }
    const { ifFalse, ifTrue } = ctx.builder.branch(ctx.emit('bool', [result], span), span);
    ctx.builder.resume(ifFalse);
    ctx.builder.jump(join, null);
    ctx.builder.resume(ifTrue);
    left = right;
  }
  ctx.builder.enterJoin(join);
  const value = ctx.builder.lookup(hidden)!.value;
  ctx.builder.unassign(hidden);
  return value;
}

function buildIfExp(ctx: FlowContext, expr: ast.IfExp): Hlvalue {
  const whenTrue = new Join();
  const whenFalse = new Join();
  buildBranch(ctx, expr.test, whenTrue, whenFalse);
  return joinValues(ctx, [
    (hidden) => {
      ctx.builder.enterJoin(whenTrue);
      if (ctx.builder.reachable) ctx.builder.assign(hidden, buildExpr(ctx, expr.body));
    },
    (hidden) => {
      ctx.builder.enterJoin(whenFalse);
      if (ctx.builder.reachable) ctx.builder.assign(hidden, buildExpr(ctx, expr.orelse));
    },
  ]);
}

/**
 * Evaluates `test` for its truth and jumps to `ifTrue` or `ifFalse`. `and`, `or`, `not` and
 * chained comparisons branch directly, so a condition never needs a common type for its parts.
 */
export function buildBranch(ctx: FlowContext, test: ast.Expr, ifTrue: Join, ifFalse: Join): void {
  if (!ctx.builder.reachable) return;
  if (test.nodeType === 'UnaryOp' && test.op === 'Not') {
    buildBranch(ctx, test.operand, ifFalse, ifTrue);
    return;
  }
  if (test.nodeType === 'BoolOp') {
    const last = test.values.length - 1;
    test.values.forEach((value, i) => {
      if (i === last) {
        buildBranch(ctx, value, ifTrue, ifFalse);
        return;
      }
      const next = new Join();
      if (test.op === 'And') buildBranch(ctx, value, next, ifFalse);
      else buildBranch(ctx, value, ifTrue, next);
      ctx.builder.enterJoin(next);
    });
    return;
  }
  if (test.nodeType === 'Compare' && test.ops.length > 1) {
    let left = buildExpr(ctx, test.left);
    for (let i = 0; i < test.ops.length; i++) {
      const right = buildExpr(ctx, test.comparators[i]!);
      const start = (i === 0 ? test.left : test.comparators[i - 1]!).start;
      const end = test.comparators[i]!.start + test.comparators[i]!.length;
      const span = { start, length: end - start };
      const result = comparison(ctx, test.ops[i]!, left, right, span);
      const next = i === test.ops.length - 1 ? ifTrue : new Join();
      branchOn(ctx, ctx.emit('bool', [result], span), span, next, ifFalse);
      if (next !== ifTrue) ctx.builder.enterJoin(next);
      left = right;
    }
    return;
  }
  if (test.nodeType === 'Constant' && (test.value === true || test.value === false || test.value === null)) {
    ctx.builder.jump(test.value === true ? ifTrue : ifFalse, null);
    return;
  }
  const value = buildExpr(ctx, test);
  branchOn(ctx, ctx.emit('bool', [value], test), spanOf(test), ifTrue, ifFalse);
}

function branchOn(ctx: FlowContext, truth: Hlvalue, span: { start: number; length: number }, ifTrue: Join, ifFalse: Join): void {
  const states = ctx.builder.branch(truth, span);
  ctx.builder.resume(states.ifTrue);
  ctx.builder.jump(ifTrue, null);
  ctx.builder.resume(states.ifFalse);
  ctx.builder.jump(ifFalse, null);
}

function buildJoinedStr(ctx: FlowContext, expr: ast.JoinedStr): Hlvalue {
  const parts = expr.values.map((part) => buildExpr(ctx, part));
  if (parts.length === 1 && part0IsString(parts[0]!)) return parts[0]!;
  return ctx.emit('buildstr', parts, expr);
}

function part0IsString(value: Hlvalue): boolean {
  return value instanceof Constant && typeof value.value === 'string';
}

function buildFormatted(ctx: FlowContext, expr: ast.FormattedValue): Hlvalue {
  let value = buildExpr(ctx, expr.value);
  const conversion = expr.conversion === -1 ? '' : String.fromCharCode(expr.conversion);
  if (conversion === 'r') value = ctx.emit('repr', [value], expr);
  else if (conversion === 's') value = ctx.emit('str', [value], expr);
  else if (conversion === 'a') throw ctx.unsupported('the !a conversion', expr);
  if (expr.format_spec === null) return conversion === '' ? ctx.emit('str', [value], expr) : value;
  const spec = buildExpr(ctx, expr.format_spec);
  return ctx.emit('format', [value, spec], expr);
}
