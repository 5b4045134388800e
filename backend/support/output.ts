// Output: one buffer in linear memory, owned by one file descriptor at a time, encoded as
// UTF-8 and handed to the host's write() when full, when another descriptor writes, and at
// exit. Ints are written digit by digit straight into the buffer; floats are formatted by the
// host (shortest round-trip digits) into the scratch area and copied from there.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { CHARS, CHARS_REF, LATIN1, LATIN1_REF, STR, STR_CHARS_REF, STR_OR_NONE, STR_REF } from './types.ts';
import { isLatin1 } from './strkinds.ts';
import { HOST, OUTPUT_BUFFER, OUTPUT_BUFFER_SIZE, SCRATCH, type Support } from './support.ts';

const i32 = binaryen.i32;
const i64 = binaryen.i64;

function outLen(s: Support): string {
  return s.global('out_len', i32, () => s.module.i32.const(0));
}

function outFd(s: Support): string {
  return s.global('out_fd', i32, () => s.module.i32.const(1));
}

/** flush(): hands the buffered bytes to the host. */
export function flush(s: Support): string {
  return s.ensure('flush', () => {
    const m = s.module;
    const len = outLen(s);
    const fd = outFd(s);
    const f = new FunctionBuilder(m, 'flush', []);
    f.finish(binaryen.none, [
      m.if(
        m.global.get(len, i32),
        m.block(null, [
          s.hostCall(HOST.write, [m.global.get(fd, i32), m.i32.const(OUTPUT_BUFFER), m.global.get(len, i32)]),
          m.global.set(len, m.i32.const(0)),
        ]),
      ),
    ]);
  });
}

/** out_select(fd): makes `fd` the buffer's owner, flushing another owner's bytes first. */
export function outSelect(s: Support): string {
  return s.ensure('out_select', () => {
    const m = s.module;
    const fd = outFd(s);
    const f = new FunctionBuilder(m, 'out_select', [['fd', i32]]);
    f.finish(binaryen.none, [
      m.if(
        m.i32.ne(f.get('fd'), m.global.get(fd, i32)),
        m.block(null, [m.call(flush(s), [], binaryen.none), m.global.set(fd, f.get('fd'))]),
      ),
    ]);
  });
}

/** out_byte(b): appends one byte. */
export function outByte(s: Support): string {
  return s.ensure('out_byte', () => {
    const m = s.module;
    const len = outLen(s);
    const f = new FunctionBuilder(m, 'out_byte', [['b', i32]]);
    f.finish(binaryen.none, [
      m.if(m.i32.ge_u(m.global.get(len, i32), m.i32.const(OUTPUT_BUFFER_SIZE)), m.call(flush(s), [], binaryen.none)),
      m.i32.store8(OUTPUT_BUFFER, 1, m.global.get(len, i32), f.get('b')),
      m.global.set(len, m.i32.add(m.global.get(len, i32), m.i32.const(1))),
    ]);
  });
}

/** out_codepoint(cp): appends the UTF-8 encoding of one code point. */
export function outCodepoint(s: Support): string {
  return s.ensure('out_codepoint', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'out_codepoint', [['cp', i32]]);
    const byte = (e: Expr): Expr => m.call(outByte(s), [e], binaryen.none);
    const cp = (): Expr => f.get('cp');
    const cont = (shift: number): Expr => byte(m.i32.or(m.i32.const(0x80), m.i32.and(m.i32.shr_u(cp(), m.i32.const(shift)), m.i32.const(0x3f))));
    f.finish(binaryen.none, [
      m.if(
        m.i32.lt_u(cp(), m.i32.const(0x80)),
        byte(cp()),
        m.if(
          m.i32.lt_u(cp(), m.i32.const(0x800)),
          m.block(null, [byte(m.i32.or(m.i32.const(0xc0), m.i32.shr_u(cp(), m.i32.const(6)))), cont(0)]),
          m.if(
            m.i32.lt_u(cp(), m.i32.const(0x10000)),
            m.block(null, [byte(m.i32.or(m.i32.const(0xe0), m.i32.shr_u(cp(), m.i32.const(12)))), cont(6), cont(0)]),
            m.block(null, [byte(m.i32.or(m.i32.const(0xf0), m.i32.shr_u(cp(), m.i32.const(18)))), cont(12), cont(6), cont(0)]),
          ),
        ),
      ),
    ]);
  });
}

/** write_str(fd, s): writes a str. */
export function writeStr(s: Support): string {
  return s.ensure('write_str', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'write_str', [['fd', i32], ['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('narrow', model.valueType(LATIN1_REF));
    f.local('wide', model.valueType(CHARS_REF));
    f.local('i', i32);
    f.local('n', i32);
    f.local('c', i32);
    const len = outLen(s);
    const next = (): Expr => f.set('i', m.i32.add(f.get('i'), m.i32.const(1)));
    f.finish(binaryen.none, [
      m.call(outSelect(s), [f.get('fd')], binaryen.none),
      f.set('chars', model.structGet(STR, f.get('s'), 'chars')),
      f.set('n', model.arrayLength(f.get('chars'))),
      f.set('i', m.i32.const(0)),
      // The kind is tested once; an ASCII byte goes straight into the buffer while it has room.
      m.if(
        isLatin1(s, f.get('chars')),
        m.block(null, [
          f.set('narrow', model.refCast(f.get('chars'), LATIN1)),
          whileLoop(m, 'bytes', m.i32.lt_u(f.get('i'), f.get('n')), [
            f.set('c', model.arrayGet(LATIN1, f.get('narrow'), f.get('i'))),
            m.if(
              m.i32.and(m.i32.lt_u(f.get('c'), m.i32.const(0x80)), m.i32.lt_u(m.global.get(len, i32), m.i32.const(OUTPUT_BUFFER_SIZE))),
              m.block(null, [
                m.i32.store8(OUTPUT_BUFFER, 1, m.global.get(len, i32), f.get('c')),
                m.global.set(len, m.i32.add(m.global.get(len, i32), m.i32.const(1))),
              ]),
              m.call(outCodepoint(s), [f.get('c')], binaryen.none),
            ),
            next(),
          ]),
        ]),
        m.block(null, [
          f.set('wide', model.refCast(f.get('chars'), CHARS)),
          whileLoop(m, 'chars', m.i32.lt_u(f.get('i'), f.get('n')), [
            m.call(outCodepoint(s), [model.arrayGet(CHARS, f.get('wide'), f.get('i'))], binaryen.none),
            next(),
          ]),
        ]),
      ),
    ]);
  });
}

/** write_scratch(n): writes the n ASCII bytes the host left in the scratch area. */
export function writeScratch(s: Support): string {
  return s.ensure('write_scratch', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'write_scratch', [['n', i32]]);
    f.local('i', i32);
    f.finish(binaryen.none, [
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'bytes', m.i32.lt_u(f.get('i'), f.get('n')), [
        m.call(outByte(s), [m.i32.load8_u(SCRATCH, 1, f.get('i'))], binaryen.none),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
    ]);
  });
}

/** Stores the decimal digits of the unsigned value `u` before scratch offset 32; returns the first. */
function digitsIntoScratch(m: binaryen.Module, f: FunctionBuilder): Expr[] {
  return [
    f.set('p', m.i32.const(32)),
    m.loop(
      'digits',
      m.block(null, [
        f.set('p', m.i32.sub(f.get('p'), m.i32.const(1))),
        m.i32.store8(SCRATCH, 1, f.get('p'), m.i32.add(m.i32.const(48), m.i32.wrap(m.i64.rem_u(f.get('u'), m.i64.const(10n))))),
        f.set('u', m.i64.div_u(f.get('u'), m.i64.const(10n))),
        m.br('digits', m.i64.ne(f.get('u'), m.i64.const(0n))),
      ]),
    ),
  ];
}

/** write_i64(fd, n): writes an int in decimal. */
export function writeI64(s: Support): string {
  return s.ensure('write_i64', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'write_i64', [['fd', i32], ['n', i64]]);
    f.local('u', i64);
    f.local('p', i32);
    f.finish(binaryen.none, [
      m.call(outSelect(s), [f.get('fd')], binaryen.none),
      f.set('u', f.get('n')),
      m.if(
        m.i64.lt_s(f.get('n'), m.i64.const(0n)),
        m.block(null, [m.call(outByte(s), [m.i32.const(45)], binaryen.none), f.set('u', m.i64.sub(m.i64.const(0n), f.get('n')))]),
      ),
      ...digitsIntoScratch(m, f),
      whileLoop(m, 'out', m.i32.lt_u(f.get('p'), m.i32.const(32)), [
        m.call(outByte(s), [m.i32.load8_u(SCRATCH, 1, f.get('p'))], binaryen.none),
        f.set('p', m.i32.add(f.get('p'), m.i32.const(1))),
      ]),
    ]);
  });
}

/** int_to_str(n): an int's decimal text as a str. */
export function intToStr(s: Support): string {
  return s.ensure('int_to_str', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'int_to_str', [['n', i64]]);
    f.local('u', i64);
    f.local('p', i32);
    f.local('neg', i32);
    f.local('chars', model.valueType(LATIN1_REF));
    f.local('i', i32);
    f.finish(model.valueType(STR_REF), [
      f.set('u', f.get('n')),
      f.set('neg', m.i64.lt_s(f.get('n'), m.i64.const(0n))),
      m.if(f.get('neg'), f.set('u', m.i64.sub(m.i64.const(0n), f.get('n')))),
      ...digitsIntoScratch(m, f),
      f.set('chars', model.arrayNew(LATIN1, m.i32.add(m.i32.sub(m.i32.const(32), f.get('p')), f.get('neg')), m.i32.const(45))),
      f.set('i', f.get('neg')),
      whileLoop(m, 'copy', m.i32.lt_u(f.get('p'), m.i32.const(32)), [
        model.arraySet(LATIN1, f.get('chars'), f.get('i'), m.i32.load8_u(SCRATCH, 1, f.get('p'))),
        f.set('p', m.i32.add(f.get('p'), m.i32.const(1))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      model.structNew(STR, [m.i64.const(0n), f.get('chars')]),
    ]);
  });
}

/** str_from_scratch(n): a str of the n ASCII bytes the host left in the scratch area. */
export function strFromScratch(s: Support): string {
  return s.ensure('str_from_scratch', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_from_scratch', [['n', i32]]);
    f.local('chars', model.valueType(LATIN1_REF));
    f.local('i', i32);
    f.finish(model.valueType(STR_REF), [
      f.set('chars', model.arrayNew(LATIN1, f.get('n'), null)),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'copy', m.i32.lt_u(f.get('i'), f.get('n')), [
        model.arraySet(LATIN1, f.get('chars'), f.get('i'), m.i32.load8_u(SCRATCH, 1, f.get('i'))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      model.structNew(STR, [m.i64.const(0n), f.get('chars')]),
    ]);
  });
}

/** write_f64(fd, x): writes a float as repr() does. */
export function writeF64(s: Support): string {
  return s.ensure('write_f64', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'write_f64', [['fd', i32], ['x', binaryen.f64]]);
    f.finish(binaryen.none, [
      m.call(outSelect(s), [f.get('fd')], binaryen.none),
      m.call(writeScratch(s), [s.hostCall(HOST.floatRepr, [f.get('x')])], binaryen.none),
    ]);
  });
}

/** float_to_str(x): repr() of a float as a str. */
export function floatToStr(s: Support): string {
  return s.ensure('float_to_str', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'float_to_str', [['x', binaryen.f64]]);
    f.finish(s.model.valueType(STR_REF), [m.call(strFromScratch(s), [s.hostCall(HOST.floatRepr, [f.get('x')])], s.model.valueType(STR_REF))]);
  });
}
