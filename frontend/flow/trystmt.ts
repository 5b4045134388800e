// try / except / else / finally, raise, and the finally bodies that return, break and continue
// run on their way out.
//
// Inside a try body every operation that can raise ends its block with an exception exit to the
// try's dispatch join (FlowContext.emit). The dispatch tests the except clauses in order with
// `exc_match`; no match raises the exception again (`reraise`, which keeps its traceback). A
// finally body is built once per way out: after normal completion, before each return, break
// and continue that leaves it, and on the exception path, which then raises again.

import type * as ast from '../ast.ts';
import { Link, type Hlvalue } from '../flowmodel.ts';
import { BUILTIN_EXCEPTIONS } from '../builtins.ts';
import { C_NONE, Join } from './builder.ts';
import { EXC_TYPE, EXC_VALUE, spanOf, type FlowContext } from './context.ts';
import { PendingValues, buildExpr } from './expressions.ts';

const BASE_EXCEPTION = BUILTIN_EXCEPTIONS.get('BaseException')!;

/**
 * Emits an operation that always raises (`raise`, `reraise`): inside a try body its only exit
 * goes to the handlers; outside, the block ends there. Nothing is built after it.
 */
export function emitRaise(ctx: FlowContext, opname: 'raise' | 'reraise', exception: Hlvalue, node: ast.Located | null): void {
  ctx.emitUnguarded(opname, [exception], node);
  const target = ctx.exceptionTargets[ctx.exceptionTargets.length - 1];
  const span = node ? spanOf(node) : null;
  if (target) {
    const { handlers } = ctx.builder.raisingExits([BASE_EXCEPTION], span, true, false);
    ctx.builder.resume(handlers[0]!.state);
    ctx.builder.assign(EXC_TYPE, handlers[0]!.excType);
    ctx.builder.assign(EXC_VALUE, handlers[0]!.excValue);
    ctx.builder.jump(target.join, span);
  } else {
    // The operation never returns: the block's exit to the except block is never taken.
    ctx.builder.current!.closeBlock(new Link([C_NONE, ctx.builder.resolve(exception)], ctx.graph.exceptblock, null, span));
    ctx.builder.resume(null);
  }
}

/** Builds the finally bodies between the innermost one and `depth` (for return/break/continue). */
export function runFinallyBodies(ctx: FlowContext, depth: number, buildStatements: (ctx: FlowContext, body: readonly ast.Stmt[]) => void): void {
  for (let i = ctx.finallyBodies.length - 1; i >= depth && ctx.builder.reachable; i--) {
    const finallyBody = ctx.finallyBodies[i]!;
    const savedFinally = ctx.finallyBodies.splice(i);
    const savedTargets = ctx.exceptionTargets.splice(finallyBody.exceptionDepth);
    buildStatements(ctx, finallyBody.body);
    ctx.exceptionTargets.push(...savedTargets);
    ctx.finallyBodies.push(...savedFinally);
  }
}

export function buildTry(ctx: FlowContext, stmt: ast.Try, buildStatements: (ctx: FlowContext, body: readonly ast.Stmt[]) => void): void {
  const builder = ctx.builder;
  const after = new Join();
  const completed = new Join();
  const hasFinally = stmt.finalbody.length > 0;
  const finallyDispatch = hasFinally ? new Join() : null;
  if (finallyDispatch) {
    ctx.finallyBodies.push({ body: stmt.finalbody, exceptionDepth: ctx.exceptionTargets.length });
    ctx.exceptionTargets.push({ join: finallyDispatch });
  }
  if (stmt.handlers.length > 0) {
    const dispatch = new Join();
    ctx.exceptionTargets.push({ join: dispatch });
    buildStatements(ctx, stmt.body);
    ctx.exceptionTargets.pop();
    buildStatements(ctx, stmt.orelse);
    builder.jump(completed, null);
    builder.enterJoin(dispatch);
    if (builder.reachable) buildHandlers(ctx, stmt.handlers, completed, buildStatements);
  } else {
    buildStatements(ctx, stmt.body);
    builder.jump(completed, null);
  }
  if (finallyDispatch) {
    ctx.exceptionTargets.pop();
    ctx.finallyBodies.pop();
  }
  builder.enterJoin(completed);
  if (hasFinally) buildStatements(ctx, stmt.finalbody);
  builder.jump(after, null);
  if (finallyDispatch) {
    builder.enterJoin(finallyDispatch);
    if (builder.reachable) {
      const saved = ctx.temporary('exception');
      builder.assign(saved, builder.lookup(EXC_VALUE)!.value);
      builder.unassign(EXC_TYPE);
      builder.unassign(EXC_VALUE);
      buildStatements(ctx, stmt.finalbody);
      if (builder.reachable) emitRaise(ctx, 'reraise', builder.lookup(saved)!.value, stmt);
    }
  }
  builder.enterJoin(after);
}

function buildHandlers(
  ctx: FlowContext,
  handlers: readonly ast.ExceptHandler[],
  completed: Join,
  buildStatements: (ctx: FlowContext, body: readonly ast.Stmt[]) => void,
): void {
  const builder = ctx.builder;
  const caught = ctx.temporary('exception');
  builder.assign(caught, builder.lookup(EXC_VALUE)!.value);
  builder.unassign(EXC_TYPE);
  builder.unassign(EXC_VALUE);
  for (const handler of handlers) {
    if (!builder.reachable) return;
    const enter = new Join();
    const next = new Join();
    if (handler.type === null) {
      builder.jump(enter, null);
    } else {
      const pending = new PendingValues(ctx);
      pending.add(builder.lookup(caught)!.value, true);
      const classes = buildExpr(ctx, handler.type);
      const [value] = pending.take();
      builder.assign(caught, value!);
      const matched = ctx.emit('exc_match', [value!, classes], handler.type);
      const states = builder.branch(matched, spanOf(handler.type));
      builder.resume(states.ifTrue);
      builder.jump(enter, null);
      builder.resume(states.ifFalse);
      builder.jump(next, null);
    }
    builder.enterJoin(enter);
    if (builder.reachable) {
      if (handler.name) ctx.storeName(handler.name, builder.lookup(caught)!.value, handler);
      ctx.handledExceptions.push(caught);
      buildStatements(ctx, handler.body);
      ctx.handledExceptions.pop();
      if (builder.reachable) {
        if (handler.name && ctx.isLocal(handler.name)) builder.unassign(handler.name);
        builder.unassign(caught);
        builder.jump(completed, null);
      }
    }
    builder.enterJoin(next);
  }
  if (builder.reachable) emitRaise(ctx, 'reraise', builder.lookup(caught)!.value, null);
}

/** `raise X`, `raise X from Y`, or a bare `raise` inside a handler. */
export function buildRaise(ctx: FlowContext, stmt: ast.Raise): void {
  if (stmt.exc === null) {
    const handled = ctx.handledExceptions[ctx.handledExceptions.length - 1];
    if (!handled) throw ctx.unsupported('a bare raise outside an except block', stmt);
    emitRaise(ctx, 'reraise', ctx.builder.lookup(handled)!.value, stmt);
    return;
  }
  const pending = new PendingValues(ctx);
  pending.add(buildExpr(ctx, stmt.exc), stmt.cause !== null);
  if (stmt.cause) buildExpr(ctx, stmt.cause);
  const [exc] = pending.take();
  if (!ctx.builder.reachable) return;
  const instance = ctx.emit('exc_instance', [exc!], stmt.exc, 'evalue');
  if (ctx.builder.reachable) emitRaise(ctx, 'raise', instance, stmt);
}
