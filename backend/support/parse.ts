// Parsing numbers from text as int() and float() do. int(): optional whitespace and sign,
// decimal digits with single underscores between them; ValueError with CPython's message
// (which quotes the text with repr()), OverflowError past 64 bits. float(): the text is handed to
// the host, which applies Python's float syntax (inf, nan, underscores, exponents).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { raiseException } from './exceptions.ts';
import { strConcat } from './strings.ts';
import { strRepr } from './strrepr.ts';
import { STR, STR_CHARS_REF, STR_OR_NONE, STR_REF } from './types.ts';
import { charAt } from './strkinds.ts';
import { HOST, SCRATCH, SCRATCH_SIZE, type Support } from './support.ts';

const i32 = binaryen.i32;
const i64 = binaryen.i64;

/**
 * Python's str.isspace(); `c()` builds a fresh read of the character (a binaryen expression can
 * appear only once). ASCII and Latin-1 are tested here, other characters by the host.
 */
function isSpace(s: Support, c: () => Expr): Expr {
  const m = s.module;
  const latin = m.i32.or(
    m.i32.or(m.i32.eq(c(), m.i32.const(32)), m.i32.lt_u(m.i32.sub(c(), m.i32.const(9)), m.i32.const(5))),
    m.i32.or(m.i32.lt_u(m.i32.sub(c(), m.i32.const(0x1c)), m.i32.const(4)), m.i32.or(m.i32.eq(c(), m.i32.const(0x85)), m.i32.eq(c(), m.i32.const(0xa0)))),
  );
  return m.if(m.i32.lt_u(c(), m.i32.const(0x100)), latin, m.i32.eq(s.hostCall(HOST.charClass, [c()]), m.i32.const(10)));
}

/** Raises ValueError(prefix + repr(s)) at `site`. */
function raiseQuoted(s: Support, prefix: string, text: Expr, site: Expr): Expr {
  const m = s.module;
  const strType = s.model.valueType(STR_REF);
  const message = m.call(strConcat(s), [s.str(prefix), m.call(strRepr(s), [text], strType)], strType);
  return m.call(raiseException(s), [m.i32.const(s.classId('ValueError')), message, site], binaryen.none);
}

/** str_to_int(s, site): int(s) in base 10. */
export function strToInt(s: Support): string {
  return s.ensure('str_to_int', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_to_int', [['s', model.valueType(STR_OR_NONE)], ['site', i32]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('i', i32);
    f.local('end', i32);
    f.local('c', i32);
    f.local('negative', i32);
    f.local('acc', i64);
    f.local('digits', i32);
    f.local('underscore', i32);
    f.local('at', i32);
    f.local('big', i32);
    // `at` is computed once into a local, as charAt reads its index twice.
    const char = (at: Expr): Expr => m.block(null, [f.set('at', at), charAt(s, () => f.get('chars'), () => f.get('at'))], i32);
    const fail = (): Expr => m.block(null, [raiseQuoted(s, 'invalid literal for int() with base 10: ', f.get('s'), f.get('site')), m.return(m.i64.const(0n))]);
    const overflow = (): Expr => m.block(null, [
      m.call(raiseException(s), [m.i32.const(s.classId('OverflowError')), s.str('integer result does not fit in 64 bits'), f.get('site')], binaryen.none),
      m.return(m.i64.const(0n)),
    ]);
    // The digit's value: ASCII here, other scripts' decimal digits from the host.
    const digit = (): Expr => f.get('d');
    f.local('d', i32);
    const MIN = -(2n ** 63n);
    f.finish(i64, [
      f.set('chars', model.structGet(STR, f.get('s'), 'chars')),
      f.set('end', model.arrayLength(f.get('chars'))),
      whileLoop(m, 'lead', m.if(m.i32.lt_u(f.get('i'), f.get('end')), isSpace(s, () => char(f.get('i'))), m.i32.const(0)), [f.set('i', m.i32.add(f.get('i'), m.i32.const(1)))]),
      whileLoop(m, 'trail', m.if(m.i32.gt_u(f.get('end'), f.get('i')), isSpace(s, () => char(m.i32.sub(f.get('end'), m.i32.const(1)))), m.i32.const(0)), [
        f.set('end', m.i32.sub(f.get('end'), m.i32.const(1))),
      ]),
      m.if(
        m.i32.lt_u(f.get('i'), f.get('end')),
        m.block(null, [
          f.set('c', char(f.get('i'))),
          m.if(
            m.i32.or(m.i32.eq(f.get('c'), m.i32.const(43)), m.i32.eq(f.get('c'), m.i32.const(45))),
            m.block(null, [f.set('negative', m.i32.eq(f.get('c'), m.i32.const(45))), f.set('i', m.i32.add(f.get('i'), m.i32.const(1)))]),
          ),
        ]),
      ),
      // Accumulate negatively so that the most negative int parses.
      whileLoop(m, 'digits', m.i32.lt_u(f.get('i'), f.get('end')), [
        f.set('c', char(f.get('i'))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
        m.if(
          m.i32.eq(f.get('c'), m.i32.const(95)),
          m.block(null, [
            m.if(m.i32.or(m.i32.eqz(f.get('digits')), f.get('underscore')), fail()),
            f.set('underscore', m.i32.const(1)),
          ]),
          m.block(null, [
            f.set('d', m.if(m.i32.lt_u(f.get('c'), m.i32.const(128)), m.i32.sub(f.get('c'), m.i32.const(48)), s.hostCall(HOST.charClass, [f.get('c')]))),
            m.if(m.i32.gt_u(digit(), m.i32.const(9)), fail()),
            // Past 64 bits the rest is still read: an invalid literal is CPython's ValueError.
            m.if(m.i32.eqz(f.get('big')), m.if(
              m.i64.lt_s(f.get('acc'), m.i64.const(MIN / 10n)),
              f.set('big', m.i32.const(1)),
              m.block(null, [
                f.set('acc', m.i64.mul(f.get('acc'), m.i64.const(10n))),
                m.if(
                  m.i64.lt_s(f.get('acc'), m.i64.add(m.i64.const(MIN), m.i64.extend_u(digit()))),
                  f.set('big', m.i32.const(1)),
                  f.set('acc', m.i64.sub(f.get('acc'), m.i64.extend_u(digit()))),
                ),
              ]),
            )),
            f.set('digits', m.i32.add(f.get('digits'), m.i32.const(1))),
            f.set('underscore', m.i32.const(0)),
          ]),
        ),
      ]),
      m.if(m.i32.or(m.i32.eqz(f.get('digits')), f.get('underscore')), fail()),
      m.if(f.get('big'), overflow()),
      m.if(f.get('negative'), m.return(f.get('acc'))),
      m.if(m.i64.eq(f.get('acc'), m.i64.const(MIN)), overflow()),
      m.i64.sub(m.i64.const(0n), f.get('acc')),
    ]);
  });
}

/** str_to_scratch(s): writes s as UTF-8 into the scratch area; -1 if it does not fit. */
export function strToScratch(s: Support): string {
  return s.ensure('str_to_scratch', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_to_scratch', [['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('i', i32);
    f.local('p', i32);
    f.local('c', i32);
    const put = (b: Expr): Expr => m.block(null, [m.i32.store8(SCRATCH, 1, f.get('p'), b), f.set('p', m.i32.add(f.get('p'), m.i32.const(1)))]);
    const cont = (shift: number): Expr => put(m.i32.or(m.i32.const(0x80), m.i32.and(m.i32.shr_u(f.get('c'), m.i32.const(shift)), m.i32.const(0x3f))));
    f.finish(i32, [
      f.set('chars', model.structGet(STR, f.get('s'), 'chars')),
      m.if(m.i32.gt_u(model.arrayLength(f.get('chars')), m.i32.const(SCRATCH_SIZE / 4)), m.return(m.i32.const(-1))),
      whileLoop(m, 'chars', m.i32.lt_u(f.get('i'), model.arrayLength(f.get('chars'))), [
        f.set('c', charAt(s, () => f.get('chars'), () => f.get('i'))),
        m.if(
          m.i32.lt_u(f.get('c'), m.i32.const(0x80)),
          put(f.get('c')),
          m.if(
            m.i32.lt_u(f.get('c'), m.i32.const(0x800)),
            m.block(null, [put(m.i32.or(m.i32.const(0xc0), m.i32.shr_u(f.get('c'), m.i32.const(6)))), cont(0)]),
            m.if(
              m.i32.lt_u(f.get('c'), m.i32.const(0x10000)),
              m.block(null, [put(m.i32.or(m.i32.const(0xe0), m.i32.shr_u(f.get('c'), m.i32.const(12)))), cont(6), cont(0)]),
              m.block(null, [put(m.i32.or(m.i32.const(0xf0), m.i32.shr_u(f.get('c'), m.i32.const(18)))), cont(12), cont(6), cont(0)]),
            ),
          ),
        ),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      f.get('p'),
    ]);
  });
}

/** str_to_float(s, site): float(s); the host parses, ValueError when it cannot. */
export function strToFloat(s: Support): string {
  return s.ensure('str_to_float', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_to_float', [['s', model.valueType(STR_OR_NONE)], ['site', i32]]);
    f.local('n', i32);
    f.finish(binaryen.f64, [
      f.set('n', m.call(strToScratch(s), [f.get('s')], i32)),
      m.if(
        m.i32.or(m.i32.lt_s(f.get('n'), m.i32.const(0)), m.i32.eqz(s.hostCall(HOST.parseFloat, [f.get('n')]))),
        m.block(null, [raiseQuoted(s, 'could not convert string to float: ', f.get('s'), f.get('site')), m.return(m.f64.const(0))]),
      ),
      m.f64.load(0, 8, m.i32.const(SCRATCH)),
    ]);
  });
}
