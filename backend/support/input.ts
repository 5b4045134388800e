// input() and sys.stdin: the next line of standard input as a str, built from the code points the host hands
// over one call at a time (runtime/hoststdin.mjs); null at the end of the input, where the
// lowering raises EOFError. Reading input is rare and slow anyway, so one host call per
// character costs nothing that matters and needs no buffer protocol.

import { binaryen } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { BUILDER_REF, builderAppendChar, builderFinish, builderNew } from './strbuilder.ts';
import { STR_OR_NONE } from './types.ts';
import { HOST, type Support } from './support.ts';

const i32 = binaryen.i32;

/** read_line(keep): the next line, with its line ending if `keep`, or null at the end. */
export function readLine(s: Support): string {
  return s.ensure('read_line', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'read_line', [['keep', i32]]);
    f.local('n', i32);
    f.local('i', i32);
    f.local('sb', model.valueType(BUILDER_REF));
    f.finish(model.valueType(STR_OR_NONE), [
      f.set('n', s.hostCall(HOST.inputLine, [f.get('keep')])),
      m.if(m.i32.lt_s(f.get('n'), m.i32.const(0)), m.return(model.nullOf(STR_OR_NONE))),
      f.set('sb', m.call(builderNew(s), [], model.valueType(BUILDER_REF))),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'codes', m.i32.lt_u(f.get('i'), f.get('n')), [
        m.call(builderAppendChar(s), [f.get('sb'), s.hostCall(HOST.inputCode, [f.get('i')])], binaryen.none),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      m.call(builderFinish(s), [f.get('sb')], model.valueType(STR_OR_NONE)),
    ]);
  });
}
