// Expressions to flow operations. Each buildExpr() call appends operations to the open block
// and returns the value (a Variable, or a Constant when known while building). Short-circuit
// forms (`and`, `or`, `x if c else y`, chained comparisons) become blocks that meet at a join.

import type * as ast from '../ast.ts';
import { PyBytes, PyComplex, PySurrogateStr, Ellipsis } from '../ast.ts';
import { Constant, Variable, type Hlvalue } from '../flowmodel.ts';
import { forEachChild } from '../ast.ts';
import { BuiltinModule, RuntimeValue } from '../program.ts';
import { CallShape } from '../callshape.ts';
import { BINARY_OPERATORS, COMPARISON_OPERATORS } from '../operations.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { closestName } from '../../diagnostics/suggest.ts';
import { C_NONE, Join } from './builder.ts';
import { spanOf, type FlowContext } from './context.ts';
import type { Span } from '../source.ts';
import { buildFunctionValue } from './nested.ts';
import { buildYield } from './generators.ts';
import { generatorExpressionDef } from './genexpr.ts';
import { buildStatements } from './statements.ts';
import { buildComprehension, buildShortCircuitFold, EAGER_CONSUMERS } from './comprehensions.ts';

/** Whether building `expr` creates blocks (so values computed before it must be carried along). */
export function hasControlFlow(expr: ast.Node | null): boolean {
  if (expr === null) return false;
  switch (expr.nodeType) {
    case 'BoolOp':
    case 'IfExp':
    case 'Yield':
    case 'YieldFrom':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return true;
    case 'Compare':
      if (expr.ops.length > 1) return true;
      break;
    case 'Lambda':
      return false;
    default:
      break;
  }
  let found = false;
  forEachChild(expr, (child) => {
    if (!found && hasControlFlow(child)) found = true;
  });
  return found;
}

/**
 * Carries values computed so far across the blocks that building later expressions creates:
 * a block sees only its own variables, so a value still waiting to be used (a call's first
 * argument while the second is `a if c else b`) is kept in a hidden local until then.
 */
export class PendingValues {
  private readonly ctx: FlowContext;
  private readonly names: (string | null)[] = [];
  private readonly values: Hlvalue[] = [];

  constructor(ctx: FlowContext) {
    this.ctx = ctx;
  }

  /** Keeps `value`; `laterBranches` says whether code built before it is read may branch. */
  add(value: Hlvalue, laterBranches: boolean): void {
    let name: string | null = null;
    if (laterBranches && value instanceof Variable) {
      name = this.ctx.temporary('pending');
      this.ctx.builder.assign(name, value);
    }
    this.names.push(name);
    this.values.push(value);
  }

  /** The kept values, as visible in the current block. */
  take(): Hlvalue[] {
    return this.values.map((value, i) => {
      const name = this.names[i];
      if (name === null || name === undefined) return value;
      const binding = this.ctx.builder.lookup(name);
      this.ctx.builder.unassign(name);
      return binding ? binding.value : value;
    });
  }
}

/** Evaluates expressions left to right, keeping earlier values alive across later branches. */
export function buildExprs(ctx: FlowContext, exprs: readonly (ast.Expr | null)[], missing: Hlvalue = C_NONE): Hlvalue[] {
  const pending = new PendingValues(ctx);
  exprs.forEach((expr, i) => {
    const value = expr === null ? missing : buildExpr(ctx, expr);
    pending.add(value, exprs.slice(i + 1).some(hasControlFlow));
  });
  return pending.take();
}

export function buildExpr(ctx: FlowContext, expr: ast.Expr): Hlvalue {
  switch (expr.nodeType) {
    case 'Constant':
      return constantOf(ctx, expr);
    case 'Name':
      return ctx.loadName(expr.id, expr);
    case 'BinOp':
      return ctx.emit(BINARY_OPERATORS[expr.op]!, buildExprs(ctx, [expr.left, expr.right]), expr);
    case 'UnaryOp':
      return buildUnary(ctx, expr);
    case 'BoolOp':
      return buildBoolOpValue(ctx, expr);
    case 'Compare':
      return expr.ops.length === 1 ? buildSingleComparison(ctx, expr) : buildChainValue(ctx, expr);
    case 'IfExp':
      return buildIfExp(ctx, expr);
    case 'Call':
      return buildCall(ctx, expr);
    case 'Attribute':
      return buildAttribute(ctx, expr);
    case 'Subscript':
      return ctx.emit(expr.slice.nodeType === 'Slice' ? 'getslice' : 'getitem', buildSubscriptOperands(ctx, expr), expr);
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
      return buildFunctionValue(ctx, expr);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return buildComprehension(ctx, expr);
    case 'GeneratorExp': {
      if (ctx.eagerGenerators.has(expr)) return buildComprehension(ctx, expr);
      // A lazy generator: its generator function, called with the first iterable.
      const iterable = buildExpr(ctx, expr.generators[0]!.iter);
      const generatorFunction = buildFunctionValue(ctx, generatorExpressionDef(expr));
      return ctx.emit('simple_call', [generatorFunction, iterable], expr, 'genexpr');
    }
    case 'Starred':
      throw ctx.unsupported('a starred expression here', expr);
    case 'Await':
      throw ctx.unsupported('await', expr);
    case 'Yield': {
      if (!ctx.generator) throw ctx.error(Diag.SyntaxError, "'yield' outside function", expr);
      const value = expr.value ? buildExpr(ctx, expr.value) : C_NONE;
      return buildYield(ctx, ctx.generator, value, expr);
    }
    case 'YieldFrom':
      if (!ctx.generator) throw ctx.error(Diag.SyntaxError, "'yield' outside function", expr);
      return buildYieldFrom(ctx, expr);
  }
}

/** `yield from it`: yields each item of `it` (Wyrm's generators have no send(), so no more). */
function buildYieldFrom(ctx: FlowContext, expr: ast.YieldFrom): Hlvalue {
  const item = ctx.temporary('yielded');
  const at = { start: expr.start, length: expr.length };
  const loop: ast.For = {
    nodeType: 'For', ...at, type_comment: null, orelse: [],
    target: { nodeType: 'Name', id: item, ctx: 'Store', ...at },
    iter: expr.value,
    body: [{ nodeType: 'Expr', ...at, value: { nodeType: 'Yield', ...at, value: { nodeType: 'Name', id: item, ctx: 'Load', ...at } } }],
  };
  buildStatements(ctx, [loop]);
  if (ctx.builder.reachable) ctx.builder.unassign(item);
  return C_NONE;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function constantOf(ctx: FlowContext, expr: ast.Constant): Constant {
  const v = expr.value;
  if (typeof v === 'bigint' && (v < INT64_MIN || v > INT64_MAX)) {
    throw ctx.error(Diag.UnsupportedOperation, `the integer ${v} does not fit in 64 bits; Wyrm's ints are 64-bit`, expr);
  }
  if (v instanceof PyBytes) throw ctx.unsupported('a bytes value', expr);
  if (v instanceof PySurrogateStr) throw ctx.unsupported('a str whose escaped surrogates (\\ud800-\\udfff) form a pair', expr);
  if (v instanceof PyComplex) throw ctx.unsupported('a complex number', expr);
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
  for (const elt of elts) if (elt.nodeType === 'Starred') throw ctx.unsupported('unpacking with * in a display', elt);
  return buildExprs(ctx, elts);
}

function buildDict(ctx: FlowContext, expr: ast.Dict): Hlvalue {
  const parts: ast.Expr[] = [];
  expr.keys.forEach((key, i) => {
    if (key === null) throw ctx.unsupported('unpacking with ** in a dict display', expr.values[i]!);
    parts.push(key, expr.values[i]!);
  });
  return ctx.emit('newdict', buildExprs(ctx, parts), expr);
}

export function buildIndex(ctx: FlowContext, index: ast.Expr): Hlvalue {
  return index.nodeType === 'Slice' ? buildSlice(ctx, index) : buildExpr(ctx, index);
}

/** The container of `x[i]` then its index parts (buildIndexParts), as the value of `x` is kept. */
export function buildSubscriptOperands(ctx: FlowContext, expr: ast.Subscript): Hlvalue[] {
  const pending = new PendingValues(ctx);
  pending.add(buildExpr(ctx, expr.value), hasControlFlow(expr.slice));
  const index = buildIndexParts(ctx, expr.slice);
  return [...pending.take(), ...index];
}

/**
 * The operands of a subscript: the index, or for `x[a:b:c]` the three parts (None where left
 * out), which the getslice/setslice/delslice operations take directly.
 */
export function buildIndexParts(ctx: FlowContext, index: ast.Expr): Hlvalue[] {
  return index.nodeType === 'Slice' ? buildExprs(ctx, [index.lower, index.upper, index.step]) : [buildExpr(ctx, index)];
}

function buildSlice(ctx: FlowContext, slice: ast.Slice): Hlvalue {
  return ctx.emit('newslice', buildExprs(ctx, [slice.lower, slice.upper, slice.step]), slice);
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

/** `super()` in a method: super(ClassOfTheMethod, self). */
function buildSuper(ctx: FlowContext, expr: ast.Call): Hlvalue {
  const owner = ctx.func?.owner;
  const self = ctx.func ? ctx.func.paramNames[0] : undefined;
  if (!owner || !self || expr.args.length > 0 || expr.keywords.length > 0) {
    throw ctx.unsupported('super() outside a method, or with arguments', expr, 'call it as super() inside a method');
  }
  const superFunction = ctx.loadName('super', expr.func);
  return ctx.emit('simple_call', [superFunction, new Constant(owner), ctx.loadName(self, expr)], expr);
}

/** Whether `name` here means the builtin of that name (no variable shadows it). */
function isBuiltinName(ctx: FlowContext, node: ast.Expr, name: string): boolean {
  return node.nodeType === 'Name' && node.id === name && !ctx.isLocal(name) && !ctx.module.bindings.has(name);
}

/**
 * Marks a generator expression passed to a consumer that reads all of it before acting, which
 * may therefore be evaluated eagerly, as a list.
 */
function allowEagerGenerator(ctx: FlowContext, expr: ast.Call): void {
  const arg = expr.args[0];
  if (arg?.nodeType !== 'GeneratorExp') return;
  const func = expr.func;
  const consumer = func.nodeType === 'Name' ? EAGER_CONSUMERS.has(func.id) && isBuiltinName(ctx, func, func.id) : func.nodeType === 'Attribute' && func.attr === 'join';
  if (consumer) ctx.eagerGenerators.add(arg);
}

function buildCall(ctx: FlowContext, expr: ast.Call): Hlvalue {
  if (expr.func.nodeType === 'Name' && expr.func.id === 'super' && !ctx.isLocal('super')) return buildSuper(ctx, expr);
  for (const kind of ['any', 'all'] as const) {
    if (isBuiltinName(ctx, expr.func, kind) && expr.args.length === 1 && expr.keywords.length === 0 && expr.args[0]!.nodeType === 'GeneratorExp') {
      return buildShortCircuitFold(ctx, kind, expr.args[0]);
    }
  }
  // iter(x) and next(it) are the operations a for loop uses.
  for (const opname of ['iter', 'next'] as const) {
    if (isBuiltinName(ctx, expr.func, opname) && expr.args.length === 1 && expr.keywords.length === 0 && expr.args[0]!.nodeType !== 'Starred') {
      return ctx.emit(opname, [buildExpr(ctx, expr.args[0]!)], expr);
    }
  }
  allowEagerGenerator(ctx, expr);
  const starred = expr.args.findIndex((arg) => arg.nodeType === 'Starred');
  if (starred >= 0) return buildStarCall(ctx, expr, starred);
  for (const keyword of expr.keywords) if (keyword.arg === null) throw ctx.unsupported('**kwargs in a call', keyword);
  const parts = [expr.func, ...expr.args, ...expr.keywords.map((k) => k.value)];
  const [callee, ...values] = buildExprs(ctx, parts);
  const spans = parts.map((p) => spanOf(p));
  const opname = expr.keywords.length === 0 ? 'simple_call' : 'call_args';
  const result = opname === 'simple_call'
    ? ctx.emitUnguarded(opname, [callee!, ...values], expr, undefined, spans)
    : ctx.emitUnguarded(opname, [callee!, new Constant(new CallShape(expr.args.length, expr.keywords.map((k) => k.arg!))), ...values], expr, undefined, [spans[0]!, null, ...spans.slice(1)]);
  if (ctx.onlyIterated.has(expr)) ctx.builder.lastOperation!.resultOnlyIterated = true;
  return ctx.guard(opname, result, expr);
}

/**
 * `f(a, b, *xs, k=v)`: a call_args whose shape has *args, its values the positional ones, the
 * keyword ones, then the starred one (RPython's order), evaluated in the source's order. One
 * starred argument, after the other positional ones, is supported.
 */
function buildStarCall(ctx: FlowContext, expr: ast.Call, starred: number): Hlvalue {
  const star = expr.args[starred]! as ast.Starred;
  const later = expr.args.slice(starred + 1);
  if (later.length > 0) throw ctx.unsupported(later.some((a) => a.nodeType === 'Starred') ? 'more than one *args in a call' : 'positional arguments after *args in a call', later[0]!);
  for (const keyword of expr.keywords) if (keyword.arg === null) throw ctx.unsupported('**kwargs in a call', keyword);
  const positional = expr.args.slice(0, starred);
  const parts = [expr.func, ...positional, star.value, ...expr.keywords.map((k) => k.value)];
  const [callee, ...values] = buildExprs(ctx, parts);
  const spans = parts.map((p) => spanOf(p));
  const n = positional.length;
  const reordered = [...values.slice(0, n), ...values.slice(n + 1), values[n]!];
  const spansOfValues = spans.slice(1);
  const reorderedSpans = [...spansOfValues.slice(0, n), ...spansOfValues.slice(n + 1), spansOfValues[n]!];
  const shape = new CallShape(n, expr.keywords.map((k) => k.arg!), true);
  return ctx.emit('call_args', [callee!, new Constant(shape), ...reordered], expr, undefined, [spans[0]!, null, ...reorderedSpans]);
}

/** One comparison `left OP right`, with `not in` and `is not` as a negated result. */
function buildSingleComparison(ctx: FlowContext, expr: ast.Compare): Hlvalue {
  const [left, right] = buildExprs(ctx, [expr.left, expr.comparators[0]!]);
  return comparison(ctx, expr.ops[0]!, left!, right!, spanOf(expr));
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
    const pendingLeft = new PendingValues(ctx);
    pendingLeft.add(left, hasControlFlow(rightNode));
    const right = buildExpr(ctx, rightNode);
    left = pendingLeft.take()[0]!;
    const span = { start: (i === 0 ? expr.left : expr.comparators[i - 1]!).start, length: 0 };
    span.length = rightNode.start + rightNode.length - span.start;
    const result = comparison(ctx, expr.ops[i]!, left, right, span);
    ctx.builder.assign(hidden, result);
    if (i === expr.ops.length - 1) {
      ctx.builder.jump(join, null);
      break;
    }
    const carried = new PendingValues(ctx);
    carried.add(right, true);
    const { ifFalse, ifTrue } = ctx.builder.branch(ctx.emit('bool', [result], span), span);
    ctx.builder.resume(ifFalse);
    ctx.builder.jump(join, null);
    ctx.builder.resume(ifTrue);
    left = carried.take()[0]!;
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
      const pendingLeft = new PendingValues(ctx);
      pendingLeft.add(left, hasControlFlow(test.comparators[i]!));
      const right = buildExpr(ctx, test.comparators[i]!);
      left = pendingLeft.take()[0]!;
      const start = (i === 0 ? test.left : test.comparators[i - 1]!).start;
      const end = test.comparators[i]!.start + test.comparators[i]!.length;
      const span = { start, length: end - start };
      const result = comparison(ctx, test.ops[i]!, left, right, span);
      const last = i === test.ops.length - 1;
      const next = last ? ifTrue : new Join();
      const carried = new PendingValues(ctx);
      carried.add(right, !last);
      branchOn(ctx, ctx.emit('bool', [result], span), span, next, ifFalse);
      if (!last) {
        ctx.builder.enterJoin(next);
        left = carried.take()[0]!;
      }
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

/**
 * An f-string. Its operations carry the span of the outermost f-string, as CPython 3.11's
 * tracebacks show it (its fields have no positions of their own).
 */
function buildJoinedStr(ctx: FlowContext, expr: ast.JoinedStr, outer: Span = spanOf(expr)): Hlvalue {
  const pending = new PendingValues(ctx);
  expr.values.forEach((value, i) => {
    const part = value.nodeType === 'FormattedValue' ? buildFormatted(ctx, value, outer) : buildExpr(ctx, value);
    pending.add(part, expr.values.slice(i + 1).some(hasControlFlow));
  });
  const parts = pending.take();
  if (parts.length === 1 && part0IsString(parts[0]!)) return parts[0]!;
  // f'' and an empty spec ('{x:}').
  if (parts.length === 0) return new Constant('');
  return ctx.emit('buildstr', parts, outer);
}

function part0IsString(value: Hlvalue): boolean {
  return value instanceof Constant && typeof value.value === 'string';
}

/** A field of an f-string; `outer` is the span of the outermost f-string. */
function buildFormatted(ctx: FlowContext, expr: ast.FormattedValue, outer: Span = spanOf(expr)): Hlvalue {
  let value = buildExpr(ctx, expr.value);
  const conversion = expr.conversion === -1 ? '' : String.fromCharCode(expr.conversion);
  if (conversion === 'r') value = ctx.emit('repr', [value], outer);
  else if (conversion === 's') value = ctx.emit('str', [value], outer);
  else if (conversion === 'a') throw ctx.unsupported('the !a conversion', expr);
  if (expr.format_spec === null) return conversion === '' ? ctx.emit('str', [value], outer) : value;
  const pending = new PendingValues(ctx);
  pending.add(value, hasControlFlow(expr.format_spec));
  const formatSpec = expr.format_spec;
  const spec = formatSpec.nodeType === 'JoinedStr' ? buildJoinedStr(ctx, formatSpec, outer) : buildExpr(ctx, formatSpec);
  // The spans of the field and of its spec, for translation-time errors about the spec.
  return ctx.emit('format', [pending.take()[0]!, spec], outer, undefined, [spanOf(expr), spanOf(formatSpec)]);
}
