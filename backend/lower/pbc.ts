// Calls through a variable that holds one of several functions or classes: a dispatch on the
// number naming the function (repr/functionset.ts) to a direct call of each candidate, each
// bound and converted as a call of that function alone would be. Two candidates are an if; more
// are a br_table when their numbers are close together, else a chain of tests.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { LowerOp } from './lowerop.ts';

export interface DispatchCase {
  /** The number that selects this case. */
  number: number;
  /** The operation's result for this candidate. */
  lower: () => Expr;
}

/** The largest spread of numbers a br_table covers (the table has one slot per number). */
const MAX_TABLE_SPAN = 256;

export function dispatch(hop: LowerOp, which: Expr, cases: readonly DispatchCase[]): Expr {
  const m = hop.m;
  const resultType = hop.resultRepr.isVoid ? binaryen.none : hop.wasmType(hop.resultRepr);
  // A case whose implementation never returns (it only raises) has no value: it gets a zero,
  // never read (the caller finds the exception pending).
  const fit = (code: Expr): Expr => {
    const type = binaryen.getExpressionType(code);
    if (type === resultType || type === binaryen.unreachable) return code;
    if (resultType === binaryen.none) return m.drop(code);
    if (type === binaryen.none) return m.block(null, [code, hop.resultRepr.zero(hop.ctx)], resultType);
    return code;
  };
  const byNumber = [...cases].sort((a, b) => a.number - b.number);
  // One case runs: its call's raised status is the operation's (LowerOp.alternatives).
  const codes = hop.alternatives(byNumber.map((c) => (): Expr => fit(c.lower())));
  const sorted = byNumber.map((c, i) => ({ number: c.number, code: codes[i]! }));
  const selector = hop.temp(binaryen.i32);
  const setSelector = selector.set(which);
  const first = sorted[0]!.number;
  const last = sorted[sorted.length - 1]!;
  if (sorted.length <= 2 || last.number - first > MAX_TABLE_SPAN) {
    // The annotator proved the value is one of these, so the last one needs no test.
    let chain = last.code;
    for (const { number, code } of sorted.slice(0, -1).reverse()) {
      chain = m.if(m.i32.eq(selector.get(), m.i32.const(number)), code, chain);
    }
    return m.block(null, [setSelector, chain], resultType);
  }
  const done = `dispatch${hop.fn.nextLabel()}`;
  const labels = sorted.map((_, i) => `${done}:${i}`);
  const slots: string[] = [];
  for (let n = first; n <= last.number; n++) {
    const index = sorted.findIndex((entry) => entry.number === n);
    slots.push(index >= 0 ? labels[index]! : `${done}:none`);
  }
  let inner: Expr = m.block(`${done}:none`, [m.switch(slots, `${done}:none`, m.i32.sub(selector.get(), m.i32.const(first)))]);
  inner = m.block(labels[0]!, [inner, m.unreachable()]);
  sorted.forEach(({ code: call }, i) => {
    const leave = resultType === binaryen.none ? m.block(null, [call, m.br(done)]) : m.br(done, undefined, call);
    inner = i + 1 < sorted.length ? m.block(labels[i + 1]!, [inner, leave]) : m.block(null, [inner, leave]);
  });
  return m.block(done, [setSelector, inner, m.unreachable()], resultType);
}
