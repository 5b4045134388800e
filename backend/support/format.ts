// Python's string formatting at run time: format specs laid out in wasm, as CPython's
// format_long_internal, format_float_internal and format_string_internal lay them out, with the
// JavaScript formatter (runtime/pyformat.mjs, through runtime/hostformat.mjs) called only for
// what it alone knows.
//
// A resolved spec (runtime/format/resolve.mjs) reaches these functions as plain i32 fields, the
// same whether the translator resolved it (a constant spec: the fields are constants) or the host
// did (fmt_spec: a spec made at run time). Ints and strs never leave wasm; a float's digits come
// from the host (fmt_float: doubleToString), then are laid out here. Text crosses the boundary
// as UTF-32 in the scratch area, TEXT_CHUNK code points at a time (see hostformat.mjs), so
// strings of any length go through. A failed host call returns -code and leaves the message of
// the exception to raise; fmt_raise raises it at the operation's site.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { FORMAT_ERRORS, FORMAT_KINDS, FORMAT_PATHS, SPEC_ALTERNATE, TEXT_CHUNK } from '../../runtime/hostformat.mjs';
import { raiseException } from './exceptions.ts';
import { intToStr, floatToStr } from './output.ts';
import { BUILDER_REF, builderAppendChar, builderFinish, builderNew } from './strbuilder.ts';
import { CHARS, CHARS_REF, STR, STR_CHARS_REF, STR_OR_NONE, STR_REF } from './types.ts';
import { charAt, strOfWholeChars, strWide } from './strkinds.ts';
import { HOST, SCRATCH, SCRATCH_SIZE, type Support } from './support.ts';

const i32 = binaryen.i32;
const i64 = binaryen.i64;
const f64 = binaryen.f64;

/**
 * The longest text a format field may make, in code points: wider fields raise MemoryError
 * (CPython would try to allocate them; WasmGC arrays cannot be that long).
 */
export const FIELD_MAX = 1 << 27;

const ASCII = (ch: string): number => ch.codePointAt(0)!;

if (TEXT_CHUNK * 4 > SCRATCH_SIZE) throw new Error('the scratch area cannot hold a chunk of text');

/** The code of a kind of value for fmt_spec and fmt_push. */
export function kindCode(kind: (typeof FORMAT_KINDS)[number]): number {
  return FORMAT_KINDS.indexOf(kind);
}

/** The code of a spec's path. */
export function pathCode(path: (typeof FORMAT_PATHS)[number]): number {
  return FORMAT_PATHS.indexOf(path);
}

/** The spec fields after the path, in the order the fmt_* layout functions take them. */
export interface SpecFields {
  fill: Expr;
  align: Expr;
  sign: Expr;
  width: Expr;
  separator: Expr;
  groupSize: Expr;
  precision: Expr;
  type: Expr;
  flags: Expr;
}

/** str_from_host(n): the n code points the host made, the first chunk already in scratch. */
export function strFromHost(s: Support): string {
  return s.ensure('str_from_host', () => {
    const f = new FunctionBuilder(s.module, 'str_from_host', [['n', i32]]);
    f.local('chars', s.model.valueType(CHARS_REF));
    f.finish(s.model.valueType(STR_REF), [
      f.set('chars', s.module.call(charsFromHost(s), [f.get('n')], s.model.valueType(CHARS_REF))),
      strOfWholeChars(s, () => f.get('chars')),
    ]);
  });
}

/** chars_from_host(n): the n code points the host made, as a CHARS array (see str_from_host). */
function charsFromHost(s: Support): string {
  return s.ensure('chars_from_host', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'chars_from_host', [['n', i32]]);
    f.local('chars', model.valueType(CHARS_REF));
    f.local('i', i32);
    f.local('j', i32);
    f.local('count', i32);
    f.finish(model.valueType(CHARS_REF), [
      f.set('chars', model.arrayNew(CHARS, f.get('n'), null)),
      f.set('count', m.if(m.i32.lt_u(f.get('n'), m.i32.const(TEXT_CHUNK)), f.get('n'), m.i32.const(TEXT_CHUNK))),
      whileLoop(m, 'chunks', m.i32.gt_u(f.get('count'), m.i32.const(0)), [
        f.set('j', m.i32.const(0)),
        whileLoop(m, 'codes', m.i32.lt_u(f.get('j'), f.get('count')), [
          model.arraySet(CHARS, f.get('chars'), m.i32.add(f.get('i'), f.get('j')), m.i32.load(SCRATCH, 4, m.i32.shl(f.get('j'), m.i32.const(2)))),
          f.set('j', m.i32.add(f.get('j'), m.i32.const(1))),
        ]),
        f.set('i', m.i32.add(f.get('i'), f.get('count'))),
        f.set('count', m.if(m.i32.lt_u(f.get('i'), f.get('n')), s.hostCall(HOST.fmtText, [f.get('i')]), m.i32.const(0))),
      ]),
      f.get('chars'),
    ]);
  });
}

/** str_to_host(s): sends s to the host (fmt_put), for the next fmt_push or fmt_spec. */
export function strToHost(s: Support): string {
  return s.ensure('str_to_host', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_to_host', [['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(CHARS_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.local('j', i32);
    f.local('count', i32);
    f.finish(binaryen.none, [
      f.set('chars', m.call(strWide(s), [f.get('s')], model.valueType(CHARS_REF))),
      f.set('n', model.arrayLength(f.get('chars'))),
      whileLoop(m, 'chunks', m.i32.lt_u(f.get('i'), f.get('n')), [
        f.set('count', m.i32.sub(f.get('n'), f.get('i'))),
        m.if(m.i32.gt_u(f.get('count'), m.i32.const(TEXT_CHUNK)), f.set('count', m.i32.const(TEXT_CHUNK))),
        f.set('j', m.i32.const(0)),
        whileLoop(m, 'codes', m.i32.lt_u(f.get('j'), f.get('count')), [
          m.i32.store(SCRATCH, 4, m.i32.shl(f.get('j'), m.i32.const(2)), model.arrayGet(CHARS, f.get('chars'), m.i32.add(f.get('i'), f.get('j')))),
          f.set('j', m.i32.add(f.get('j'), m.i32.const(1))),
        ]),
        s.hostCall(HOST.fmtPut, [f.get('count')]),
        f.set('i', m.i32.add(f.get('i'), f.get('count'))),
      ]),
    ]);
  });
}

/** fmt_raise(code, site): raises the exception of a failed host call (code < 0) at `site`. */
export function fmtRaise(s: Support): string {
  return s.ensure('fmt_raise', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'fmt_raise', [['code', i32], ['site', i32]]);
    f.local('sb', model.valueType(BUILDER_REF));
    f.local('start', i32);
    f.local('count', i32);
    f.local('j', i32);
    let classId: Expr = m.i32.const(s.classId('ValueError'));
    FORMAT_ERRORS.forEach((name, i) => {
      classId = m.if(m.i32.eq(f.get('code'), m.i32.const(-(i + 1))), m.i32.const(s.classId(name)), classId);
    });
    f.finish(binaryen.none, [
      f.set('sb', m.call(builderNew(s), [], model.valueType(BUILDER_REF))),
      m.loop('chunks', m.block(null, [
        f.set('count', s.hostCall(HOST.fmtText, [f.get('start')])),
        f.set('j', m.i32.const(0)),
        whileLoop(m, 'codes', m.i32.lt_u(f.get('j'), f.get('count')), [
          m.call(builderAppendChar(s), [f.get('sb'), m.i32.load(SCRATCH, 4, m.i32.shl(f.get('j'), m.i32.const(2)))], binaryen.none),
          f.set('j', m.i32.add(f.get('j'), m.i32.const(1))),
        ]),
        f.set('start', m.i32.add(f.get('start'), f.get('count'))),
        m.br('chunks', f.get('count')),
      ])),
      m.call(raiseException(s), [classId, m.call(builderFinish(s), [f.get('sb')], model.valueType(STR_REF)), f.get('site')], binaryen.none),
    ]);
  });
}

/** fmt_result(n, site): the text a host call made (n >= 0), or raises its exception (n < 0). */
export function fmtResult(s: Support): string {
  return s.ensure('fmt_result', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'fmt_result', [['n', i32], ['site', i32]]);
    const strType = s.model.valueType(STR_REF);
    f.finish(strType, [
      m.if(m.i32.lt_s(f.get('n'), m.i32.const(0)), m.block(null, [
        m.call(fmtRaise(s), [f.get('n'), f.get('site')], binaryen.none),
        m.return(s.str('')),
      ])),
      m.call(strFromHost(s), [f.get('n')], strType),
    ]);
  });
}

/** Raises MemoryError at `site` and returns '' from the function being built. */
function memoryError(s: Support, site: Expr): Expr {
  const m = s.module;
  return m.block(null, [
    m.call(raiseException(s), [m.i32.const(s.classId('MemoryError')), s.model.nullOf(STR_OR_NONE), site], binaryen.none),
    m.return(s.str('')),
  ]);
}

/**
 * fmt_number(text, dstart, dend, negative, prefix, fill, align, sign, width, separator, group):
 * CPython's layout of a number (layoutNumber in number-layout.mjs). text[dstart:dend] are the
 * integer digits (text[0] is '-' when negative, and dstart is then 1); a '.' may follow, then
 * the rest (fraction, exponent, '%', or the whole text when there are no digits). `prefix` is
 * 0 or the letter after '0' ('x', 'X', 'o', 'b'). The width is at most FIELD_MAX.
 */
export function fmtNumber(s: Support): string {
  return s.ensure('fmt_number', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'fmt_number', [
      ['text', model.valueType(CHARS_REF)], ['dstart', i32], ['dend', i32], ['negative', i32], ['prefix', i32],
      ['fill', i32], ['align', i32], ['sign', i32], ['width', i32], ['separator', i32], ['group', i32],
    ]);
    for (const name of ['n', 'digits', 'hasPoint', 'remStart', 'remLen', 'signChar', 'signLen', 'prefixLen', 'fixed', 'minDigits',
      'glen', 'remaining', 'w', 'length', 'chars', 'zeros', 'padding', 'left', 'middle', 'total', 'p', 'q', 'src']) {
      f.local(name, i32);
    }
    f.local('out', model.valueType(CHARS_REF));
    const get = (name: string): Expr => f.get(name);
    const c = (n: number): Expr => m.i32.const(n);
    const add = (a: Expr, b: Expr): Expr => m.i32.add(a, b);
    const sub = (a: Expr, b: Expr): Expr => m.i32.sub(a, b);
    const max = (a: string, b: () => Expr): Expr => m.if(m.i32.gt_s(get(a), b()), get(a), b());
    const isChar = (name: string, ch: string): Expr => m.i32.eq(get(name), c(ASCII(ch)));
    /** One group of the grouping loop: `length` digits, the first `chars` of them from the text. */
    const groupLength = (): Expr[] => [
      f.set('length', m.if(m.i32.gt_s(get('remaining'), get('w')), get('remaining'), get('w'))),
      m.if(m.i32.lt_s(get('length'), c(1)), f.set('length', c(1))),
      m.if(m.i32.gt_s(get('length'), get('group')), f.set('length', get('group'))),
      f.set('chars', m.if(m.i32.lt_s(get('remaining'), get('length')), get('remaining'), get('length'))),
    ];
    const groupsDone = (): Expr => m.i32.and(m.i32.le_s(get('remaining'), c(0)), m.i32.le_s(get('w'), c(0)));
    f.finish(model.valueType(STR_REF), [
      f.set('n', model.arrayLength(get('text'))),
      f.set('digits', sub(get('dend'), get('dstart'))),
      f.set('hasPoint', m.if(m.i32.lt_u(get('dend'), get('n')), m.i32.eq(model.arrayGet(CHARS, get('text'), get('dend')), c(ASCII('.'))), c(0))),
      f.set('remStart', add(get('dend'), get('hasPoint'))),
      f.set('remLen', sub(get('n'), get('remStart'))),
      f.set('signChar', m.if(get('negative'), c(ASCII('-')), m.if(m.i32.or(isChar('sign', '+'), isChar('sign', ' ')), get('sign'), c(0)))),
      f.set('signLen', m.i32.ne(get('signChar'), c(0))),
      f.set('prefixLen', m.if(get('prefix'), c(2), c(0))),
      f.set('fixed', add(add(get('signLen'), get('prefixLen')), add(get('hasPoint'), get('remLen')))),
      f.set('minDigits', m.if(m.i32.and(isChar('fill', '0'), isChar('align', '=')), sub(get('width'), get('fixed')), c(0))),
      // The length of the digits once grouped and zero-padded.
      m.if(
        m.i32.eqz(get('digits')),
        f.set('glen', c(0)),
        m.if(
          m.i32.eqz(get('separator')),
          f.set('glen', max('digits', () => get('minDigits'))),
          m.block(null, [
            f.set('remaining', get('digits')),
            f.set('w', max('minDigits', () => c(0))),
            f.set('glen', c(0)),
            m.loop('measure', m.block(null, [
              ...groupLength(),
              f.set('glen', add(get('glen'), get('length'))),
              f.set('remaining', sub(get('remaining'), get('chars'))),
              f.set('w', sub(get('w'), get('length'))),
              m.if(m.i32.eqz(groupsDone()), m.block(null, [
                f.set('w', sub(get('w'), c(1))),
                f.set('glen', add(get('glen'), c(1))),
                m.br('measure'),
              ])),
            ])),
          ]),
        ),
      ),
      f.set('padding', sub(get('width'), add(get('fixed'), get('glen')))),
      m.if(m.i32.lt_s(get('padding'), c(0)), f.set('padding', c(0))),
      // The text as it is, when the spec changes nothing.
      m.if(
        m.i32.and(
          m.i32.and(m.i32.eqz(get('padding')), m.i32.eq(get('glen'), get('digits'))),
          m.i32.and(m.i32.eqz(get('prefix')), m.i32.eq(get('dstart'), get('signLen'))),
        ),
        m.return(strOfWholeChars(s, () => get('text'))),
      ),
      f.set('left', m.if(isChar('align', '<'), c(0), m.if(isChar('align', '^'), m.i32.shr_u(get('padding'), c(1)), m.if(isChar('align', '='), c(0), get('padding'))))),
      f.set('middle', m.if(isChar('align', '='), get('padding'), c(0))),
      f.set('total', add(get('padding'), add(get('fixed'), get('glen')))),
      f.set('out', model.arrayNew(CHARS, get('total'), get('fill'))),
      f.set('p', get('left')),
      m.if(get('signLen'), m.block(null, [
        model.arraySet(CHARS, get('out'), get('p'), get('signChar')),
        f.set('p', add(get('p'), c(1))),
      ])),
      m.if(get('prefix'), m.block(null, [
        model.arraySet(CHARS, get('out'), get('p'), c(ASCII('0'))),
        model.arraySet(CHARS, get('out'), add(get('p'), c(1)), get('prefix')),
        f.set('p', add(get('p'), c(2))),
      ])),
      f.set('p', add(get('p'), get('middle'))),
      // The digits, right to left from q: zero padding, then separators between groups.
      f.set('q', add(get('p'), get('glen'))),
      m.if(
        m.i32.eqz(get('separator')),
        m.block(null, [
          model.arrayCopy(CHARS, get('out'), sub(get('q'), get('digits')), CHARS, get('text'), get('dstart'), get('digits')),
          model.arrayFill(CHARS, get('out'), get('p'), c(ASCII('0')), sub(get('glen'), get('digits'))),
        ]),
        m.if(get('digits'), m.block(null, [
          f.set('remaining', get('digits')),
          f.set('w', max('minDigits', () => c(0))),
          f.set('src', get('dend')),
          m.loop('groups', m.block(null, [
            ...groupLength(),
            f.set('q', sub(get('q'), get('chars'))),
            f.set('src', sub(get('src'), get('chars'))),
            model.arrayCopy(CHARS, get('out'), get('q'), CHARS, get('text'), get('src'), get('chars')),
            f.set('zeros', sub(get('length'), get('chars'))),
            f.set('q', sub(get('q'), get('zeros'))),
            model.arrayFill(CHARS, get('out'), get('q'), c(ASCII('0')), get('zeros')),
            f.set('remaining', sub(get('remaining'), get('chars'))),
            f.set('w', sub(get('w'), get('length'))),
            m.if(m.i32.eqz(groupsDone()), m.block(null, [
              f.set('w', sub(get('w'), c(1))),
              f.set('q', sub(get('q'), c(1))),
              model.arraySet(CHARS, get('out'), get('q'), get('separator')),
              m.br('groups'),
            ])),
          ])),
        ])),
      ),
      f.set('p', add(get('p'), get('glen'))),
      m.if(get('hasPoint'), m.block(null, [
        model.arraySet(CHARS, get('out'), get('p'), c(ASCII('.'))),
        f.set('p', add(get('p'), c(1))),
      ])),
      model.arrayCopy(CHARS, get('out'), get('p'), CHARS, get('text'), get('remStart'), get('remLen')),
      strOfWholeChars(s, () => get('out')),
    ]);
  });
}

/**
 * fmt_str(s, fill, align, width, precision, site): a str cut to the precision (when >= 0) and
 * padded to the width (format_string_internal, and %s).
 */
export function fmtStr(s: Support): string {
  return s.ensure('fmt_str', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'fmt_str', [
      ['s', model.valueType(STR_OR_NONE)], ['fill', i32], ['align', i32], ['width', i32], ['precision', i32], ['site', i32],
    ]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('i', i32);
    f.local('n', i32);
    f.local('padding', i32);
    f.local('left', i32);
    f.local('out', model.valueType(CHARS_REF));
    const c = (n: number): Expr => m.i32.const(n);
    f.finish(model.valueType(STR_REF), [
      f.set('chars', model.structGet(STR, f.get('s'), 'chars')),
      f.set('n', model.arrayLength(f.get('chars'))),
      m.if(m.i32.and(m.i32.ge_s(f.get('precision'), c(0)), m.i32.lt_s(f.get('precision'), f.get('n'))), f.set('n', f.get('precision'))),
      m.if(m.i32.gt_s(f.get('width'), c(FIELD_MAX)), memoryError(s, f.get('site'))),
      f.set('padding', m.if(m.i32.gt_s(f.get('width'), f.get('n')), m.i32.sub(f.get('width'), f.get('n')), c(0))),
      m.if(
        m.i32.and(m.i32.eqz(f.get('padding')), m.i32.eq(f.get('n'), model.arrayLength(f.get('chars')))),
        m.return(f.get('s')),
      ),
      f.set('left', m.if(
        m.i32.eq(f.get('align'), c(ASCII('>'))),
        f.get('padding'),
        m.if(m.i32.eq(f.get('align'), c(ASCII('^'))), m.i32.shr_u(f.get('padding'), c(1)), c(0)),
      )),
      f.set('out', model.arrayNew(CHARS, m.i32.add(f.get('n'), f.get('padding')), f.get('fill'))),
      // The str's first n code points (of either kind), after the left padding.
      whileLoop(m, 'copy', m.i32.lt_u(f.get('i'), f.get('n')), [
        model.arraySet(CHARS, f.get('out'), m.i32.add(f.get('left'), f.get('i')), charAt(s, () => f.get('chars'), () => f.get('i'))),
        f.set('i', m.i32.add(f.get('i'), c(1))),
      ]),
      strOfWholeChars(s, () => f.get('out')),
    ]);
  });
}

/**
 * fmt_int(n, type, alternate, minDigits, fill, align, sign, width, separator, group, site): an
 * int in the base of its presentation type (b o x X d n; 'c' is the character), with at least
 * minDigits digits (the precision of `%d`), then laid out by fmt_number.
 */
export function fmtInt(s: Support): string {
  return s.ensure('fmt_int', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'fmt_int', [
      ['n', i64], ['type', i32], ['alternate', i32], ['minDigits', i32],
      ['fill', i32], ['align', i32], ['sign', i32], ['width', i32], ['separator', i32], ['group', i32], ['site', i32],
    ]);
    f.local('base', i64);
    f.local('u', i64);
    f.local('t', i64);
    f.local('d', i32);
    f.local('negative', i32);
    f.local('count', i32);
    f.local('length', i32);
    f.local('p', i32);
    f.local('text', model.valueType(CHARS_REF));
    const c = (n: number): Expr => m.i32.const(n);
    const isType = (ch: string): Expr => m.i32.eq(f.get('type'), c(ASCII(ch)));
    const strType = model.valueType(STR_REF);
    const layout = (dstart: Expr, dend: Expr, prefix: Expr): Expr =>
      m.call(fmtNumber(s), [
        f.get('text'), dstart, dend, f.get('negative'), prefix,
        f.get('fill'), f.get('align'), f.get('sign'), f.get('width'), f.get('separator'), f.get('group'),
      ], strType);
    f.finish(strType, [
      m.if(m.i32.gt_s(f.get('width'), c(FIELD_MAX)), memoryError(s, f.get('site'))),
      m.if(isType('c'), m.block(null, [
        m.if(m.i64.gt_u(f.get('n'), m.i64.const(0x10ffffn)), m.block(null, [
          m.call(raiseException(s), [c(s.classId('OverflowError')), s.str('%c arg not in range(0x110000)'), f.get('site')], binaryen.none),
          m.return(s.str('')),
        ])),
        f.set('text', model.arrayNewFixed(CHARS, [m.i32.wrap(f.get('n'))])),
        m.return(layout(c(0), c(0), c(0))),
      ])),
      f.set('base', m.if(
        m.i32.or(isType('x'), isType('X')),
        m.i64.const(16n),
        m.if(isType('o'), m.i64.const(8n), m.if(isType('b'), m.i64.const(2n), m.i64.const(10n))),
      )),
      f.set('negative', m.i64.lt_s(f.get('n'), m.i64.const(0n))),
      // |n| as unsigned (the most negative int included).
      f.set('u', m.if(f.get('negative'), m.i64.sub(m.i64.const(0n), f.get('n')), f.get('n'))),
      f.set('count', c(1)),
      f.set('t', f.get('u')),
      whileLoop(m, 'count', m.i64.ge_u(f.get('t'), f.get('base')), [
        f.set('t', m.i64.div_u(f.get('t'), f.get('base'))),
        f.set('count', m.i32.add(f.get('count'), c(1))),
      ]),
      m.if(m.i32.gt_s(f.get('minDigits'), f.get('count')), f.set('count', f.get('minDigits'))),
      f.set('length', m.i32.add(f.get('negative'), f.get('count'))),
      f.set('text', model.arrayNew(CHARS, f.get('length'), c(ASCII('0')))),
      m.if(f.get('negative'), model.arraySet(CHARS, f.get('text'), c(0), c(ASCII('-')))),
      f.set('p', f.get('length')),
      f.set('t', f.get('u')),
      m.loop('digits', m.block(null, [
        f.set('p', m.i32.sub(f.get('p'), c(1))),
        f.set('d', m.i32.wrap(m.i64.rem_u(f.get('t'), f.get('base')))),
        model.arraySet(CHARS, f.get('text'), f.get('p'), m.if(
          m.i32.lt_u(f.get('d'), c(10)),
          m.i32.add(f.get('d'), c(ASCII('0'))),
          m.i32.add(f.get('d'), m.if(isType('X'), c(ASCII('A') - 10), c(ASCII('a') - 10))),
        )),
        f.set('t', m.i64.div_u(f.get('t'), f.get('base'))),
        m.br('digits', m.i64.ne(f.get('t'), m.i64.const(0n))),
      ])),
      layout(f.get('negative'), f.get('length'), m.if(
        m.i32.and(f.get('alternate'), m.i64.ne(f.get('base'), m.i64.const(10n))),
        f.get('type'),
        c(0),
      )),
    ]);
  });
}

/**
 * fmt_float(x, code, precision, flags, fill, align, sign, width, separator, group, site): a
 * float written by the host's doubleToString (code: e E f F g G r, or '%'), laid out by
 * fmt_number.
 */
export function fmtFloat(s: Support): string {
  return s.ensure('fmt_float', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'fmt_float', [
      ['x', f64], ['code', i32], ['precision', i32], ['flags', i32],
      ['fill', i32], ['align', i32], ['sign', i32], ['width', i32], ['separator', i32], ['group', i32], ['site', i32],
    ]);
    f.local('n', i32);
    f.local('text', model.valueType(CHARS_REF));
    f.local('negative', i32);
    f.local('dend', i32);
    f.local('ch', i32);
    const c = (n: number): Expr => m.i32.const(n);
    const strType = model.valueType(STR_REF);
    f.finish(strType, [
      m.if(m.i32.gt_s(f.get('width'), c(FIELD_MAX)), memoryError(s, f.get('site'))),
      f.set('n', s.hostCall(HOST.fmtFloat, [f.get('x'), f.get('code'), f.get('precision'), f.get('flags')])),
      m.if(m.i32.lt_s(f.get('n'), c(0)), m.block(null, [
        m.call(fmtRaise(s), [f.get('n'), f.get('site')], binaryen.none),
        m.return(s.str('')),
      ])),
      f.set('text', m.call(charsFromHost(s), [f.get('n')], model.valueType(CHARS_REF))),
      f.set('negative', m.if(f.get('n'), m.i32.eq(model.arrayGet(CHARS, f.get('text'), c(0)), c(ASCII('-'))), c(0))),
      f.set('dend', f.get('negative')),
      m.loop('digits', m.if(
        m.i32.lt_u(f.get('dend'), f.get('n')),
        m.block(null, [
          f.set('ch', model.arrayGet(CHARS, f.get('text'), f.get('dend'))),
          m.if(m.i32.lt_u(m.i32.sub(f.get('ch'), c(ASCII('0'))), c(10)), m.block(null, [
            f.set('dend', m.i32.add(f.get('dend'), c(1))),
            m.br('digits'),
          ])),
        ]),
      )),
      m.call(fmtNumber(s), [
        f.get('text'), f.get('negative'), f.get('dend'), f.get('negative'), c(0),
        f.get('fill'), f.get('align'), f.get('sign'), f.get('width'), f.get('separator'), f.get('group'),
      ], strType),
    ]);
  });
}

/** The value a format_rt function formats, by kind. */
type RuntimeKind = 'int' | 'bool' | 'float' | 'str' | 'none';

/**
 * format_rt<kind>(value, spec, site): format(value, spec) for a spec made at run time: the host
 * resolves the spec for the value's kind (raising its errors), then the spec's path is taken
 * here. A str value may be None (then formatted as None is).
 */
export function formatRuntime(s: Support, kind: RuntimeKind): string {
  const name = `format_rt<${kind}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const valueType = { int: i64, bool: i32, float: f64, str: model.valueType(STR_OR_NONE), none: null }[kind];
    const params: [string, binaryen.Type][] = valueType === null ? [] : [['value', valueType]];
    const f = new FunctionBuilder(m, name, [...params, ['spec', model.valueType(STR_OR_NONE)], ['site', i32]]);
    f.local('r', i32);
    const strType = model.valueType(STR_REF);
    const c = (n: number): Expr => m.i32.const(n);
    const field = (index: number): Expr => m.i32.load(index * 4, 4, m.i32.const(SCRATCH));
    const [fill, align, sign, width, separator, group, precision, type, flags] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `field${i}`);
    for (const local of [fill, align, sign, width, separator, group, precision, type, flags]) f.local(local!, i32);
    const get = (local: string | undefined): Expr => f.get(local!);
    const kindExpr = kind === 'str'
      ? m.if(model.isNull(f.get('value')), c(kindCode('none')), c(kindCode('str')))
      : c(kindCode(kind));
    const text = (): Expr => {
      switch (kind) {
        case 'int': return m.call(intToStr(s), [f.get('value')], strType);
        case 'bool': return m.if(f.get('value'), s.str('True'), s.str('False'));
        case 'float': return m.call(floatToStr(s), [f.get('value')], strType);
        case 'str': return m.if(model.isNull(f.get('value')), s.str('None'), f.get('value'));
        case 'none': return s.str('None');
      }
    };
    const paths: Expr[] = [];
    const onPath = (path: (typeof FORMAT_PATHS)[number], code: Expr): void => {
      paths.push(m.if(m.i32.eq(f.get('r'), c(pathCode(path))), m.return(code)));
    };
    if (kind === 'str') {
      onPath('str', m.call(fmtStr(s), [f.get('value'), get(fill), get(align), get(width), get(precision), f.get('site')], strType));
    }
    if (kind === 'int' || kind === 'bool') {
      const n = kind === 'int' ? f.get('value') : m.i64.extend_u(f.get('value'));
      onPath('int', m.call(fmtInt(s), [
        n, get(type), m.i32.and(get(flags), c(SPEC_ALTERNATE)), get(precision),
        get(fill), get(align), get(sign), get(width), get(separator), get(group), f.get('site'),
      ], strType));
    }
    if (kind === 'int' || kind === 'bool' || kind === 'float') {
      const x = kind === 'float' ? f.get('value') : kind === 'int' ? m.f64.convert_s.i64(f.get('value')) : m.f64.convert_u.i32(f.get('value'));
      onPath('float', m.call(fmtFloat(s), [
        x, get(type), get(precision), get(flags),
        get(fill), get(align), get(sign), get(width), get(separator), get(group), f.get('site'),
      ], strType));
    }
    f.finish(strType, [
      m.call(strToHost(s), [f.get('spec')], binaryen.none),
      f.set('r', s.hostCall(HOST.fmtSpec, [kindExpr])),
      m.if(m.i32.lt_s(f.get('r'), c(0)), m.block(null, [
        m.call(fmtRaise(s), [f.get('r'), f.get('site')], binaryen.none),
        m.return(s.str('')),
      ])),
      ...[fill, align, sign, width, separator, group, precision, type, flags].map((local, i) => f.set(local!, field(i + 1))),
      f.set('r', field(0)),
      ...paths,
      text(),
    ]);
  });
}

/** fmt_push_str(s): pushes a str (or None) for the next fmt_apply. */
export function fmtPushStr(s: Support): string {
  return s.ensure('fmt_push_str', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'fmt_push_str', [['s', s.model.valueType(STR_OR_NONE)]]);
    const push = (kind: RuntimeKind): Expr => s.hostCall(HOST.fmtPush, [m.i32.const(kindCode(kind)), m.i64.const(0n), m.f64.const(0)]);
    f.finish(binaryen.none, [
      m.if(
        s.model.isNull(f.get('s')),
        push('none'),
        m.block(null, [m.call(strToHost(s), [f.get('s')], binaryen.none), push('str')]),
      ),
    ]);
  });
}
