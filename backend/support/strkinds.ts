// The two kinds of a str's code point array, and the conversions between them. A str whose
// code points are all below U+0100 holds them one byte each (LATIN1), any other str four bytes
// each (CHARS), as CPython's PEP 393 strings choose the narrowest kind. Every str is made in
// its narrowest kind (the functions here that make strs see to it), so two equal strings always
// have the same kind: equality may answer "different" from the kinds alone, and hashing never
// depends on how a str was built.
//
// Strings are built in CHARS buffers (any code point fits) unless the builder knows the result
// is narrow (the ASCII case conversions, joins of narrow strings: runtime/lib and strings.ts);
// str_of_chars then narrows what fits.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { CHARS, CHARS_REF, LATIN1, LATIN1_REF, STR, STR_CHARS_REF, STR_OR_NONE, STR_REF } from './types.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;

/** The code point array of a str (either kind). */
export function strChars(s: Support, str: Expr): Expr {
  return s.model.structGet(STR, str, 'chars');
}

/** 1 when a code point array (of a str) is the one-byte kind. */
export function isLatin1(s: Support, chars: Expr): Expr {
  return s.model.refTest(chars, LATIN1);
}

/**
 * The code point at `index` of a str's code point array of either kind. Both arguments are
 * emitted twice, so they must be cheap and free of side effects (a local, a field of a local).
 */
export function charAt(s: Support, chars: () => Expr, index: () => Expr): Expr {
  const model = s.model;
  return s.module.if(
    isLatin1(s, chars()),
    model.arrayGet(LATIN1, model.refCast(chars(), LATIN1), index()),
    model.arrayGet(CHARS, model.refCast(chars(), CHARS), index()),
  );
}

/** A str of a code point array already in its narrowest kind (the caller knows it is). */
export function newStr(s: Support, chars: Expr): Expr {
  return s.model.structNew(STR, [s.module.i64.const(0n), chars]);
}

/**
 * str_of_chars(buf, n): a str of the first n code points of a CHARS buffer, in its narrowest
 * kind: a LATIN1 copy when they all fit, else the buffer itself when it is exactly n long.
 */
export function strOfChars(s: Support): string {
  return s.ensure('str_of_chars', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_of_chars', [['buf', model.valueType(CHARS_REF)], ['n', i32]]);
    f.local('i', i32);
    f.local('narrow', model.valueType(LATIN1_REF));
    f.local('wide', model.valueType(CHARS_REF));
    const next = (): Expr => f.set('i', m.i32.add(f.get('i'), m.i32.const(1)));
    f.finish(model.valueType(STR_REF), [
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'scan', m.i32.lt_u(f.get('i'), f.get('n')), [
        m.if(m.i32.ge_u(model.arrayGet(CHARS, f.get('buf'), f.get('i')), m.i32.const(256)), m.block(null, [
          m.if(m.i32.eq(f.get('n'), model.arrayLength(f.get('buf'))), m.return(newStr(s, f.get('buf')))),
          f.set('wide', model.arrayNew(CHARS, f.get('n'), null)),
          model.arrayCopy(CHARS, f.get('wide'), m.i32.const(0), CHARS, f.get('buf'), m.i32.const(0), f.get('n')),
          m.return(newStr(s, f.get('wide'))),
        ])),
        next(),
      ]),
      f.set('narrow', model.arrayNew(LATIN1, f.get('n'), null)),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'narrow', m.i32.lt_u(f.get('i'), f.get('n')), [
        model.arraySet(LATIN1, f.get('narrow'), f.get('i'), model.arrayGet(CHARS, f.get('buf'), f.get('i'))),
        next(),
      ]),
      newStr(s, f.get('narrow')),
    ]);
  });
}

/** A str of a whole CHARS array, in its narrowest kind; `buf` is emitted twice (a local). */
export function strOfWholeChars(s: Support, buf: () => Expr): Expr {
  return s.module.call(strOfChars(s), [buf(), s.model.arrayLength(buf())], s.model.valueType(STR_REF));
}

/** str_of_latin1(buf, n): a str of the first n code points of a LATIN1 buffer. */
export function strOfLatin1(s: Support): string {
  return s.ensure('str_of_latin1', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_of_latin1', [['buf', model.valueType(LATIN1_REF)], ['n', i32]]);
    f.local('out', model.valueType(LATIN1_REF));
    f.finish(model.valueType(STR_REF), [
      m.if(m.i32.eq(f.get('n'), model.arrayLength(f.get('buf'))), m.return(newStr(s, f.get('buf')))),
      f.set('out', model.arrayNew(LATIN1, f.get('n'), null)),
      model.arrayCopy(LATIN1, f.get('out'), m.i32.const(0), LATIN1, f.get('buf'), m.i32.const(0), f.get('n')),
      newStr(s, f.get('out')),
    ]);
  });
}

/**
 * str_put(buf, at, s): copies s's code points into a CHARS buffer from index `at` (wasm's
 * array.copy needs the same element type on both sides, so a LATIN1 str is widened by a loop).
 */
export function strPut(s: Support): string {
  return s.ensure('str_put', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_put', [['buf', model.valueType(CHARS_REF)], ['at', i32], ['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('narrow', model.valueType(LATIN1_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.finish(binaryen.none, [
      f.set('chars', strChars(s, f.get('s'))),
      f.set('n', model.arrayLength(f.get('chars'))),
      m.if(
        isLatin1(s, f.get('chars')),
        m.block(null, [
          f.set('narrow', model.refCast(f.get('chars'), LATIN1)),
          f.set('i', m.i32.const(0)),
          whileLoop(m, 'widen', m.i32.lt_u(f.get('i'), f.get('n')), [
            model.arraySet(CHARS, f.get('buf'), m.i32.add(f.get('at'), f.get('i')), model.arrayGet(LATIN1, f.get('narrow'), f.get('i'))),
            f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
          ]),
        ]),
        model.arrayCopy(CHARS, f.get('buf'), f.get('at'), CHARS, model.refCast(f.get('chars'), CHARS), m.i32.const(0), f.get('n')),
      ),
    ]);
  });
}

/** str_put_latin1(buf, at, s): copies a LATIN1 str's code points into a LATIN1 buffer. */
export function strPutLatin1(s: Support): string {
  return s.ensure('str_put_latin1', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_put_latin1', [['buf', model.valueType(LATIN1_REF)], ['at', i32], ['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(LATIN1_REF));
    f.finish(binaryen.none, [
      f.set('chars', model.refCast(strChars(s, f.get('s')), LATIN1)),
      model.arrayCopy(LATIN1, f.get('buf'), f.get('at'), LATIN1, f.get('chars'), m.i32.const(0), model.arrayLength(f.get('chars'))),
    ]);
  });
}

/**
 * str_wide(s): s's code points as a CHARS array, for support code that works on code points in
 * bulk (formatting, parsing): s's own array when it is wide, a widened copy when it is LATIN1.
 * Callers must not write to the result.
 */
export function strWide(s: Support): string {
  return s.ensure('str_wide', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_wide', [['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('out', model.valueType(CHARS_REF));
    f.finish(model.valueType(CHARS_REF), [
      f.set('chars', strChars(s, f.get('s'))),
      m.if(m.i32.eqz(isLatin1(s, f.get('chars'))), m.return(model.refCast(f.get('chars'), CHARS))),
      f.set('out', model.arrayNew(CHARS, model.arrayLength(f.get('chars')), null)),
      m.call(strPut(s), [f.get('out'), m.i32.const(0), f.get('s')], binaryen.none),
      f.get('out'),
    ]);
  });
}
