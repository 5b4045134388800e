// Statements to blocks and links: assignments, if/while/for with break, continue and else,
// return and raise. Code after a return, break or raise is unreachable and is not built.

import type * as ast from '../ast.ts';
import { Constant, Link, type Hlvalue } from '../flowmodel.ts';
import { buildFunctionValue } from './nested.ts';
import { emitStop } from './generators.ts';
import { buildWith } from './withstmt.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { BUILTIN_EXCEPTIONS, BUILTIN_MODULES } from '../builtins.ts';
import { C_NONE, Join } from './builder.ts';
import { EXC_TYPE, EXC_VALUE, spanOf, type FlowContext } from './context.ts';
import { PendingValues, buildBranch, buildExpr, buildExprs, buildIndex, buildIndexParts, buildSubscriptOperands, hasControlFlow } from './expressions.ts';
import { namesAssignedIn, targetNames } from './scopes.ts';
import { buildRaise, buildTry, emitRaise, runFinallyBodies } from './trystmt.ts';
import { declareReturn, isSelfAttributeDeclaration } from './declarations.ts';
import { storeComputedDefaults } from './defaults.ts';

export function buildStatements(ctx: FlowContext, body: readonly ast.Stmt[]): void {
  for (const stmt of body) {
    if (!ctx.builder.reachable) return;
    buildStatement(ctx, stmt);
  }
}

function buildStatement(ctx: FlowContext, stmt: ast.Stmt): void {
  switch (stmt.nodeType) {
    case 'Expr':
      if (stmt.value.nodeType === 'Constant') return; // docstrings and bare literals do nothing
      buildExpr(ctx, stmt.value);
      return;
    case 'Assign':
      buildAssign(ctx, stmt);
      return;
    case 'AugAssign':
      buildAugAssign(ctx, stmt);
      return;
    case 'AnnAssign':
      // The annotation was read with the scope's declarations (declarations.ts).
      if (stmt.target.nodeType !== 'Name' && !isSelfAttributeDeclaration(ctx.scopeFunc, stmt.target)) {
        throw ctx.unsupported('an annotated assignment to an item, or to an attribute other than self.name', stmt);
      }
      if (stmt.value) storeTarget(ctx, stmt.target, buildExpr(ctx, stmt.value), stmt.value);
      return;
    case 'If':
      buildIf(ctx, stmt);
      return;
    case 'While':
      buildWhile(ctx, stmt);
      return;
    case 'For':
      buildFor(ctx, stmt);
      return;
    case 'Break':
    case 'Continue': {
      const loop = ctx.loops[ctx.loops.length - 1];
      if (!loop) throw ctx.error(Diag.SyntaxError, `'${stmt.nodeType.toLowerCase()}' outside loop`, stmt);
      runFinallyBodies(ctx, loop.finallyDepth, buildStatements);
      ctx.builder.jump(stmt.nodeType === 'Break' ? loop.breakJoin : loop.continueJoin, spanOf(stmt));
      return;
    }
    case 'Return':
      buildReturn(ctx, stmt);
      return;
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Raise':
      buildRaise(ctx, stmt);
      return;
    case 'Assert':
      buildAssert(ctx, stmt);
      return;
    case 'Delete':
      for (const target of stmt.targets) deleteTarget(ctx, target);
      return;
    case 'Import':
    case 'ImportFrom':
      buildImport(ctx, stmt);
      return;
    case 'FunctionDef': {
      const binding = ctx.func === null ? ctx.module.bindings.get(stmt.name) : undefined;
      if (binding?.kind === 'function') {
        // A module-level function: a constant, whose defaults that are not are evaluated here.
        storeComputedDefaults(ctx, binding.func, stmt);
        return;
      }
      if (!ctx.func) throw ctx.unsupported('a function defined conditionally or more than once', stmt);
      ctx.storeName(stmt.name, buildFunctionValue(ctx, stmt), stmt);
      return;
    }
    case 'ClassDef': {
      const binding = ctx.func === null ? ctx.module.bindings.get(stmt.name) : undefined;
      if (binding?.kind === 'class') {
        // A module-level class: a constant; its methods' defaults that are not are evaluated here.
        for (const method of stmt.body) {
          if (method.nodeType === 'FunctionDef') storeComputedDefaults(ctx, ctx.module.functions.get(method)!, method);
        }
        // Class attributes the program assigns start as their class body's literal.
        for (const [name, variable] of binding.cls.assignedAttributes) {
          const initial = binding.cls.classAttributes.get(name)!;
          ctx.emit('setglobal', [new Constant(variable), new Constant(initial.value)], initial.span);
        }
        return;
      }
      throw ctx.unsupported(ctx.func ? 'a class defined inside a function' : 'a class defined conditionally or more than once', stmt);
    }
    case 'Try':
      buildTry(ctx, stmt, buildStatements);
      return;
    case 'TryStar':
      throw ctx.unsupported('except*', stmt);
    case 'With':
      buildWith(ctx, stmt);
      return;
    case 'Match':
      throw ctx.unsupported('a match statement', stmt, 'use if/elif');
    case 'AsyncFunctionDef':
    case 'AsyncFor':
    case 'AsyncWith':
      throw ctx.unsupported('async code', stmt);
    case 'TypeAlias':
      throw ctx.unsupported('a type alias', stmt);
  }
}

function buildAssign(ctx: FlowContext, stmt: ast.Assign): void {
  const [first] = stmt.targets;
  // `a, b = b, a % b`: evaluate the right-hand side items, then assign them, without a tuple.
  if (
    stmt.targets.length === 1 &&
    (first!.nodeType === 'Tuple' || first!.nodeType === 'List') &&
    stmt.value.nodeType === 'Tuple' &&
    first!.elts.length === stmt.value.elts.length &&
    !first!.elts.some((e) => e.nodeType === 'Starred') &&
    !stmt.value.elts.some((e) => e.nodeType === 'Starred')
  ) {
    const values = buildExprs(ctx, stmt.value.elts);
    const sources = stmt.value.elts;
    first!.elts.forEach((target, i) => storeTarget(ctx, target, values[i]!, sources[i]!));
    return;
  }
  const value = buildExpr(ctx, stmt.value);
  for (const target of stmt.targets) storeTarget(ctx, target, value, stmt.value);
}

export function storeTarget(ctx: FlowContext, target: ast.Expr, value: Hlvalue, valueNode: ast.Located | null = null): void {
  switch (target.nodeType) {
    case 'Name':
      ctx.storeName(target.id, value, target, valueNode);
      return;
    case 'Tuple':
    case 'List': {
      if (target.elts.some((e) => e.nodeType === 'Starred')) throw ctx.unsupported('a starred assignment target', target);
      const count = target.elts.length;
      const items = ctx.emit('unpack_check', [value, new Constant(BigInt(count))], target);
      target.elts.forEach((elt, i) => {
        storeTarget(ctx, elt, ctx.emit('getitem', [items, new Constant(BigInt(i))], elt));
      });
      return;
    }
    case 'Subscript': {
      const pending = new PendingValues(ctx);
      pending.add(value, hasControlFlow(target.value) || hasControlFlow(target.slice));
      pending.add(buildExpr(ctx, target.value), hasControlFlow(target.slice));
      const index = buildIndexParts(ctx, target.slice);
      const [stored, container] = pending.take();
      ctx.emit(target.slice.nodeType === 'Slice' ? 'setslice' : 'setitem', [container!, ...index, stored!], target);
      return;
    }
    case 'Attribute': {
      const pending = new PendingValues(ctx);
      pending.add(value, hasControlFlow(target.value));
      const obj = buildExpr(ctx, target.value);
      ctx.emit('setattr', [obj, new Constant(target.attr), pending.take()[0]!], target);
      return;
    }
    default:
      throw ctx.unsupported(`assignment to ${target.nodeType}`, target);
  }
}

const INPLACE: Readonly<Record<ast.Operator, string>> = {
  Add: 'inplace_add',
  Sub: 'inplace_sub',
  Mult: 'inplace_mul',
  MatMult: 'inplace_matmul',
  Div: 'inplace_truediv',
  Mod: 'inplace_mod',
  Pow: 'inplace_pow',
  LShift: 'inplace_lshift',
  RShift: 'inplace_rshift',
  BitOr: 'inplace_or',
  BitXor: 'inplace_xor',
  BitAnd: 'inplace_and',
  FloorDiv: 'inplace_floordiv',
};

function buildAugAssign(ctx: FlowContext, stmt: ast.AugAssign): void {
  const opname = INPLACE[stmt.op];
  const target = stmt.target;
  if (target.nodeType === 'Name') {
    const kept = new PendingValues(ctx);
    kept.add(ctx.loadName(target.id, target), hasControlFlow(stmt.value));
    const operand = buildExpr(ctx, stmt.value);
    const result = ctx.emit(opname, [kept.take()[0]!, operand], stmt, target.id);
    ctx.storeName(target.id, result, target);
  } else if (target.nodeType === 'Subscript') {
    if (target.slice.nodeType === 'Slice') throw ctx.unsupported('an augmented assignment to a slice', target, 'assign the slice explicitly');
    const pending = new PendingValues(ctx);
    const branches = hasControlFlow(stmt.value);
    pending.add(buildExpr(ctx, target.value), branches || hasControlFlow(target.slice));
    const index = buildIndex(ctx, target.slice);
    const [container0] = pending.take();
    const current = ctx.emit('getitem', [container0!, index], target);
    const kept = new PendingValues(ctx);
    kept.add(container0!, branches);
    kept.add(index, branches);
    kept.add(current, branches);
    const operand = buildExpr(ctx, stmt.value);
    const [container, index1, current1] = kept.take();
    const result = ctx.emit(opname, [current1!, operand], stmt);
    ctx.emit('setitem', [container!, index1!, result], target);
  } else {
    const obj0 = buildExpr(ctx, target.value);
    const attr = new Constant(target.attr);
    const current0 = ctx.emit('getattr', [obj0, attr], target);
    const kept = new PendingValues(ctx);
    const branches = hasControlFlow(stmt.value);
    kept.add(obj0, branches);
    kept.add(current0, branches);
    const operand = buildExpr(ctx, stmt.value);
    const [obj, current] = kept.take();
    const result = ctx.emit(opname, [current!, operand], stmt);
    ctx.emit('setattr', [obj!, attr, result], target);
  }
}

function buildIf(ctx: FlowContext, stmt: ast.If): void {
  const whenTrue = new Join();
  const whenFalse = new Join();
  const after = new Join();
  buildBranch(ctx, stmt.test, whenTrue, whenFalse);
  ctx.builder.enterJoin(whenTrue);
  buildStatements(ctx, stmt.body);
  ctx.builder.jump(after, null);
  ctx.builder.enterJoin(whenFalse);
  buildStatements(ctx, stmt.orelse);
  ctx.builder.jump(after, null);
  ctx.builder.enterJoin(after);
}

/** Names a loop may rebind or delete, for its header's inputs. */
function loopChanges(body: readonly ast.Stmt[], extra: readonly ast.Expr[]): { assigned: Set<string>; deleted: Set<string> } {
  const assigned = namesAssignedIn(body);
  for (const e of extra) {
    namesAssignedIn([{ nodeType: 'Expr', value: e, start: e.start, length: e.length }]).forEach((n) => assigned.add(n));
  }
  const deleted = new Set<string>();
  const visit = (stmts: readonly ast.Stmt[]): void => {
    for (const s of stmts) {
      if (s.nodeType === 'Delete') for (const t of s.targets) targetNames(t, deleted);
      for (const key of ['body', 'orelse', 'finalbody'] as const) {
        const inner = (s as unknown as Record<string, unknown>)[key];
        if (Array.isArray(inner)) visit(inner as ast.Stmt[]);
      }
      if (s.nodeType === 'Try') for (const h of s.handlers) visit(h.body);
    }
  };
  visit(body);
  return { assigned, deleted };
}

function buildWhile(ctx: FlowContext, stmt: ast.While): void {
  const { assigned, deleted } = loopChanges(stmt.body, [stmt.test]);
  const header = ctx.builder.loopHeader(assigned, deleted, spanOf(stmt));
  const body = new Join();
  const exit = new Join();
  const after = new Join();
  buildBranch(ctx, stmt.test, body, exit);
  ctx.builder.enterJoin(body);
  ctx.loops.push({ breakJoin: after, continueJoin: header, finallyDepth: ctx.finallyBodies.length });
  buildStatements(ctx, stmt.body);
  ctx.loops.pop();
  ctx.builder.jump(header, null);
  ctx.builder.enterJoin(exit);
  buildStatements(ctx, stmt.orelse);
  ctx.builder.jump(after, null);
  ctx.builder.enterJoin(after);
}

function buildFor(ctx: FlowContext, stmt: ast.For): void {
  // `for x in s.split(...)`: the list is never seen, only its items (SpaceOperation.resultOnlyIterated).
  if (stmt.iter.nodeType === 'Call' && stmt.iter.func.nodeType === 'Attribute' && stmt.iter.func.attr === 'split') ctx.onlyIterated.add(stmt.iter);
  const iterable = buildExpr(ctx, stmt.iter);
  const iterator = ctx.emit('iter', [iterable], stmt.iter, 'iter');
  const iteratorName = ctx.temporary('iter');
  ctx.builder.assign(iteratorName, iterator);
  const { assigned, deleted } = loopChanges(stmt.body, [stmt.target]);
  const header = ctx.builder.loopHeader(assigned, deleted, spanOf(stmt));
  const item = ctx.emitUnguarded('next', [ctx.builder.lookup(iteratorName)!.value], stmt.iter, 'item');
  const itemName = ctx.temporary('item');
  ctx.builder.assign(itemName, item);
  const stopIteration = BUILTIN_EXCEPTIONS.get('StopIteration')!;
  // Inside a try, what else the iterator raises (a dict changed size, a generator's error)
  // goes to the try's handlers.
  const tryTarget = ctx.exceptionTargets[ctx.exceptionTargets.length - 1];
  const caught = tryTarget ? [stopIteration, BUILTIN_EXCEPTIONS.get('BaseException')!] : [stopIteration];
  const { normal, handlers } = ctx.builder.raisingExits(caught, spanOf(stmt.iter), tryTarget !== undefined);
  if (tryTarget) {
    const state = ctx.builder.snapshot();
    ctx.builder.resume(handlers[1]!.state);
    ctx.builder.assign(EXC_TYPE, handlers[1]!.excType);
    ctx.builder.assign(EXC_VALUE, handlers[1]!.excValue);
    ctx.builder.jump(tryTarget.join, spanOf(stmt.iter));
    ctx.builder.resume(state);
  }
  const after = new Join();

  ctx.builder.resume(normal!);
  const current = ctx.builder.lookup(itemName)!.value;
  ctx.builder.unassign(itemName);
  storeTarget(ctx, stmt.target, current);
  ctx.loops.push({ breakJoin: after, continueJoin: header, finallyDepth: ctx.finallyBodies.length });
  buildStatements(ctx, stmt.body);
  ctx.loops.pop();
  ctx.builder.jump(header, null);

  ctx.builder.resume(handlers[0]!.state);
  ctx.builder.unassign(itemName);
  buildStatements(ctx, stmt.orelse);
  ctx.builder.jump(after, null);
  ctx.builder.enterJoin(after);
  if (ctx.builder.reachable) ctx.builder.unassign(iteratorName);
}

function buildReturn(ctx: FlowContext, stmt: ast.Return): void {
  if (ctx.func === null) throw ctx.error(Diag.SyntaxError, "'return' outside function", stmt);
  if (ctx.generator) {
    // A generator's return ends it: StopIteration, after the finally clauses it is inside.
    if (stmt.value && !(stmt.value.nodeType === 'Constant' && stmt.value.value === null)) {
      throw ctx.unsupported('a return with a value in a generator', stmt, 'the value would only be seen by yield from');
    }
    runFinallyBodies(ctx, 0, buildStatements);
    emitStop(ctx, stmt);
    return;
  }
  const pending = new PendingValues(ctx);
  pending.add(declareReturn(ctx, stmt.value ? buildExpr(ctx, stmt.value) : C_NONE, stmt.value ?? stmt), ctx.finallyBodies.length > 0);
  runFinallyBodies(ctx, 0, buildStatements);
  const [value] = pending.take();
  if (!ctx.builder.reachable) return;
  ctx.builder.current!.closeBlock(new Link([ctx.builder.resolve(value!)], ctx.graph.returnblock, null, spanOf(stmt)));
  ctx.builder.resume(null);
}

function buildAssert(ctx: FlowContext, stmt: ast.Assert): void {
  const ok = new Join();
  const failed = new Join();
  buildBranch(ctx, stmt.test, ok, failed);
  ctx.builder.enterJoin(failed);
  if (ctx.builder.reachable) {
    const cls = new Constant(BUILTIN_EXCEPTIONS.get('AssertionError')!);
    const exc = stmt.msg ? ctx.emit('simple_call', [cls, buildExpr(ctx, stmt.msg)], stmt) : ctx.emit('exc_instance', [cls], stmt);
    if (ctx.builder.reachable) emitRaise(ctx, 'raise', exc, stmt);
  }
  ctx.builder.enterJoin(ok);
}

function deleteTarget(ctx: FlowContext, target: ast.Expr): void {
  switch (target.nodeType) {
    case 'Name':
      if (!ctx.isLocal(target.id)) throw ctx.unsupported('deleting a module variable', target);
      ctx.loadName(target.id, target); // raises UnboundLocalError if it is not bound
      ctx.builder.unassign(target.id);
      return;
    case 'Subscript':
      ctx.emit(target.slice.nodeType === 'Slice' ? 'delslice' : 'delitem', buildSubscriptOperands(ctx, target), target);
      return;
    case 'Tuple':
    case 'List':
      target.elts.forEach((elt) => deleteTarget(ctx, elt));
      return;
    default:
      throw ctx.unsupported(`del of ${target.nodeType}`, target);
  }
}

function buildImport(ctx: FlowContext, stmt: ast.Import | ast.ImportFrom): void {
  for (const alias of stmt.names) {
    if (alias.name === '*') {
      throw ctx.unsupported(`a star import (from ${stmt.nodeType === 'ImportFrom' ? stmt.module : ''} import *)`, stmt, 'import the module, or name what you use (from math import sqrt, pi)');
    }
    const bound = stmt.nodeType === 'Import' ? (alias.asname ?? alias.name.split('.')[0]!) : (alias.asname ?? alias.name);
    const binding = ctx.module.bindings.get(bound);
    if (ctx.func === null && binding?.kind === 'constant') continue;
    let value: unknown;
    if (stmt.nodeType === 'Import') {
      value = BUILTIN_MODULES.get(alias.name);
    } else {
      const module = stmt.module ? BUILTIN_MODULES.get(stmt.module) : undefined;
      value = module?.members.get(alias.name);
    }
    if (value === undefined) throw ctx.unsupported(`importing '${stmt.nodeType === 'Import' ? alias.name : stmt.module}'`, stmt);
    ctx.storeName(bound, new Constant(value), alias);
  }
}
