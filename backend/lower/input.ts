// Lowering of input(prompt): the prompt goes to stdout, stdout is flushed (a prompt must be seen
// before the program waits), then the next line is read; at the end of the input, EOFError with
// CPython's message.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { strRepr } from '../repr/str.ts';
import { flush, writeStr } from '../support/output.ts';
import { readLine } from '../support/input.ts';
import type { CallArgs } from './calls.ts';
import type { LowerOp } from './lowerop.ts';

export function lowerInput(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const type = hop.wasmType(strRepr);
  const line = hop.temp(type);
  const prompt = call.positional[0];
  return m.block(null, [
    ...(prompt ? [m.call(writeStr(hop.support), [m.i32.const(1), hop.valueAs(prompt, strRepr)], binaryen.none)] : []),
    m.call(flush(hop.support), [], binaryen.none),
    line.set(m.call(readLine(hop.support), [m.i32.const(0)], type)),
    m.if(m.ref.is_null(line.get()), hop.raise('EOFError', 'EOF when reading a line')),
    line.get(),
  ], type);
}
