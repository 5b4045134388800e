// The intrinsics the runtime library imports from `__wyrm__`: the code point at an index of a
// str, character buffers to build strings, slices, character classes, and float rounding.

import { Diag } from '../../diagnostics/catalog.ts';
import { SomeBool, SomeCharBuffer, SomeFloat, SomeInteger, SomeNone, SomeString, type SomeValue } from '../model.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest } from './registry.ts';

type Signature = { params: ((s: SomeValue) => boolean)[]; result: () => SomeValue };

const isStr = (s: SomeValue): boolean => s instanceof SomeString && !s.canBeNone;
const isInt = (s: SomeValue): boolean => s instanceof SomeInteger;
const isBuffer = (s: SomeValue): boolean => s instanceof SomeCharBuffer;
const isFloat = (s: SomeValue): boolean => s instanceof SomeFloat;

const INTRINSICS: Record<string, Signature> = {
  '__wyrm__.code_at': { params: [isStr, isInt], result: () => new SomeInteger({ nonneg: true }) },
  '__wyrm__.chars_new': { params: [isInt], result: () => new SomeCharBuffer() },
  '__wyrm__.latin1_new': { params: [isInt], result: () => new SomeCharBuffer(true) },
  '__wyrm__.is_latin1': { params: [isStr], result: () => new SomeBool() },
  // A str's own code point array as a buffer to read: latin1_chars only of a str is_latin1
  // says is one byte per code point, wide_chars only of one it says is not.
  '__wyrm__.latin1_chars': { params: [isStr], result: () => new SomeCharBuffer(true) },
  '__wyrm__.wide_chars': { params: [isStr], result: () => new SomeCharBuffer() },
  '__wyrm__.chars_get': { params: [isBuffer, isInt], result: () => new SomeInteger({ nonneg: true }) },
  '__wyrm__.latin1_siphash': { params: [isStr], result: () => new SomeInteger() },
  '__wyrm__.ascii_case': { params: [isStr, isInt], result: () => new SomeString({ canBeNone: true }) },
  '__wyrm__.chars_set': { params: [isBuffer, isInt, isInt], result: () => new SomeNone() },
  '__wyrm__.chars_put': { params: [isBuffer, isInt, isStr], result: () => new SomeNone() },
  '__wyrm__.char_case_full': { params: [isInt, isInt], result: () => new SomeString() },
  '__wyrm__.chars_str': { params: [isBuffer, isInt], result: () => new SomeString() },
  '__wyrm__.str_slice': { params: [isStr, isInt, isInt], result: () => new SomeString() },
  '__wyrm__.char_lower': { params: [isInt], result: () => new SomeInteger() },
  '__wyrm__.char_upper': { params: [isInt], result: () => new SomeInteger() },
  '__wyrm__.char_class': { params: [isInt], result: () => new SomeInteger({ nonneg: true }) },
  '__wyrm__.str_from_code': { params: [isInt], result: () => new SomeString() },
  '__wyrm__.float_round': { params: [isFloat, isInt], result: () => new SomeFloat() },
  '__wyrm__.read_line_raw': { params: [], result: () => new SomeString() },
};

export function isIntrinsic(name: string): boolean {
  return name in INTRINSICS;
}

export function intrinsicCall(req: OpRequest, name: string, call: CallArguments): SomeValue {
  const signature = INTRINSICS[name]!;
  const args = call.positional;
  if (call.keywords.size > 0 || args.length !== signature.params.length || !signature.params.every((ok, i) => ok(args[i]!))) {
    throw req.error(Diag.BadCall, `intrinsic ${name} called with (${args.map(String).join(', ')})`);
  }
  return signature.result();
}
