// Lowering of the intrinsics the runtime library uses: direct array operations on the code
// points of strings and on character buffers, and character classes (ASCII inline, the rest by
// the host's Unicode tables), round(x, ndigits) of a float (exactly, by the host), and the
// identity of instances used as dict keys (annotator/ops/instancehash.ts), and the next line of
// standard input for sys.stdin (runtime/lib/stdin.py).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { IDENTITY_HASH_FIELD } from '../../annotator/ops/instancehash.ts';
import type { InstanceRepr } from '../repr/instance.ts';
import { floatRepr, intRepr, type Repr } from '../repr/repr.ts';
import { type CharBufferRepr, strOrNoneRepr, strRepr } from '../repr/str.ts';
import { asciiCase } from '../support/asciicase.ts';
import { latin1Siphash } from '../support/strhash.ts';
import { strFromChar } from '../support/chars.ts';
import { strSlice } from '../support/strings.ts';
import { charAt, isLatin1, strOfChars, strOfLatin1, strPut, strPutLatin1 } from '../support/strkinds.ts';
import { HOST } from '../support/support.ts';
import { strFromUtf8 } from '../support/argv.ts';
import { readLine } from '../support/input.ts';
import { CHARS, LATIN1, STR, STR_CHARS_REF } from '../support/types.ts';
import type { CallArgs } from './calls.ts';
import type { LowerOp } from './lowerop.ts';

/** The identity hash of an instance: its number, given from a counter the first time. */
function identityHash(hop: LowerOp, value: Hlvalue): Expr {
  const m = hop.m;
  const repr = hop.fn.reprOf(value) as InstanceRepr;
  const counter = hop.support.global('identity hash counter', binaryen.i64, () => m.i64.const(0n));
  const obj = hop.temp(hop.wasmType(repr));
  const h = hop.temp(binaryen.i64);
  return m.block(null, [
    obj.set(hop.fn.valueOf(value)),
    h.set(hop.model.structGet(repr.struct, obj.get(), IDENTITY_HASH_FIELD)),
    m.if(m.i64.eqz(h.get()), m.block(null, [
      h.set(m.i64.add(m.global.get(counter, binaryen.i64), m.i64.const(1n))),
      m.global.set(counter, h.get()),
      hop.model.structSet(repr.struct, obj.get(), IDENTITY_HASH_FIELD, h.get()),
    ])),
    h.get(),
  ], binaryen.i64);
}

/** The repr of the character buffer an intrinsic's first argument is (CHARS or LATIN1). */
function bufferOf(hop: LowerOp, call: CallArgs): CharBufferRepr {
  return hop.fn.reprOf(call.positional[0]!) as CharBufferRepr;
}

export function lowerIntrinsic(hop: LowerOp, name: string, call: CallArgs): Expr {
  const m = hop.m;
  const model = hop.model;
  const arg = (i: number, repr: Repr = intRepr): Expr => hop.valueAs(call.positional[i]!, repr);
  const index = (i: number): Expr => m.i32.wrap(arg(i));
  switch (name) {
    case '__wyrm__.code_at': {
      const chars = hop.temp(model.valueType(STR_CHARS_REF));
      const at = hop.temp(binaryen.i32);
      return m.block(null, [
        chars.set(model.structGet(STR, arg(0, strRepr), 'chars')),
        at.set(index(1)),
        m.i64.extend_u(charAt(hop.support, () => chars.get(), () => at.get())),
      ], binaryen.i64);
    }
    case '__wyrm__.ascii_case':
      return m.call(asciiCase(hop.support), [arg(0, strRepr), m.i32.wrap(arg(1))], hop.wasmType(strOrNoneRepr));
    case '__wyrm__.latin1_siphash':
      return m.call(latin1Siphash(hop.support), [arg(0, strRepr)], binaryen.i64);
    case '__wyrm__.is_latin1':
      return isLatin1(hop.support, model.structGet(STR, arg(0, strRepr), 'chars'));
    case '__wyrm__.latin1_chars':
      return model.refCast(model.structGet(STR, arg(0, strRepr), 'chars'), LATIN1);
    case '__wyrm__.wide_chars':
      return model.refCast(model.structGet(STR, arg(0, strRepr), 'chars'), CHARS);
    case '__wyrm__.chars_get': {
      const buffer = bufferOf(hop, call);
      return m.i64.extend_u(model.arrayGet(buffer.array, arg(0, buffer), index(1)));
    }
    case '__wyrm__.chars_new':
      return model.arrayNew(CHARS, index(0), null);
    case '__wyrm__.latin1_new':
      return model.arrayNew(LATIN1, index(0), null);
    case '__wyrm__.chars_set': {
      const buffer = bufferOf(hop, call);
      return model.arraySet(buffer.array, arg(0, buffer), index(1), m.i32.wrap(arg(2)));
    }
    case '__wyrm__.chars_put': {
      // Into a LATIN1 buffer only LATIN1 strs are put (the library tests is_latin1 first).
      const buffer = bufferOf(hop, call);
      const put = buffer.array === LATIN1 ? strPutLatin1(hop.support) : strPut(hop.support);
      return m.call(put, [arg(0, buffer), index(1), arg(2, strRepr)], binaryen.none);
    }
    case '__wyrm__.char_case_full':
      return m.call(strFromUtf8(hop.support), [hop.support.hostCall(HOST.caseFull, [m.i32.wrap(arg(1)), m.i32.wrap(arg(0))])], hop.wasmType(strRepr));
    case '__wyrm__.chars_str': {
      const buffer = bufferOf(hop, call);
      const make = buffer.array === LATIN1 ? strOfLatin1(hop.support) : strOfChars(hop.support);
      return m.call(make, [arg(0, buffer), index(1)], hop.wasmType(strRepr));
    }
    case '__wyrm__.str_slice':
      return m.call(strSlice(hop.support), [arg(0, strRepr), index(1), index(2)], hop.wasmType(strRepr));
    case '__wyrm__.str_from_code':
      return m.call(strFromChar(hop.support), [m.i32.wrap(arg(0))], hop.wasmType(strRepr));
    case '__wyrm__.identity_hash':
      return identityHash(hop, call.positional[0]!);
    case '__wyrm__.identical': {
      const result = hop.resultAnnotation;
      if (result.isConstant) return m.i32.const(result.constValue ? 1 : 0);
      return model.refEq(hop.fn.valueOf(call.positional[0]!), hop.fn.valueOf(call.positional[1]!));
    }
    case '__wyrm__.read_line_raw': {
      const line = hop.temp(hop.wasmType(strRepr));
      return m.block(null, [
        line.set(m.call(readLine(hop.support), [m.i32.const(1)], hop.wasmType(strRepr))),
        m.if(m.ref.is_null(line.get()), strRepr.constant('', hop.ctx), line.get()),
      ], hop.wasmType(strRepr));
    }
    case '__wyrm__.float_round':
      return hop.support.hostCall(HOST.roundFloat, [arg(0, floatRepr), arg(1)]);
    case '__wyrm__.char_lower':
    case '__wyrm__.char_upper':
    case '__wyrm__.char_class': {
      const which = name === '__wyrm__.char_lower' ? 0 : name === '__wyrm__.char_upper' ? 1 : 2;
      return m.i64.extend_s(hop.support.hostCall(HOST.charInfo, [m.i32.const(which), m.i32.wrap(arg(0))]));
    }
    default:
      throw new Error(`no lowering for intrinsic ${name}`);
  }
}

