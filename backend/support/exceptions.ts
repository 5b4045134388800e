// Exceptions at run time, RPython style: a raised exception is stored in a global and every
// caller checks that global after a call that can raise, instead of unwinding the wasm stack.
// The traceback is built the way CPython builds it: the raising site, then one entry per frame
// the exception passes through (each a source site index; the host knows the file, line and
// text of each site). Class ids index the table of exception classes, where isinstance()
// follows the parent ids.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { Ref } from '../lltypes.ts';
import { EXCEPTION, EXCEPTION_OR_NONE, SITES, STR, STR_OR_NONE } from './types.ts';
import { flush, outSelect, writeScratch, writeStr } from './output.ts';
import { HOST, type Support } from './support.ts';

const i32 = binaryen.i32;

export function pendingException(s: Support): string {
  s.ensure('global:exc', () => {
    s.module.addGlobal('exc', s.model.valueType(EXCEPTION_OR_NONE), true, s.model.nullOf(EXCEPTION_OR_NONE));
  });
  return 'exc';
}

function traceback(s: Support): { sites: string; length: string } {
  s.ensure('global:tb', () => {
    const sitesType = new Ref(SITES, true);
    s.module.addGlobal('tb', s.model.valueType(sitesType), true, s.model.nullOf(sitesType));
    s.module.addGlobal('tb_len', i32, true, s.module.i32.const(0));
  });
  return { sites: 'tb', length: 'tb_len' };
}

/** tb_push(site): records that the pending exception passed through `site`. */
export function tbPush(s: Support): string {
  return s.ensure('tb_push', () => {
    const m = s.module;
    const model = s.model;
    const { sites, length } = traceback(s);
    const sitesType = model.valueType(new Ref(SITES, true));
    const f = new FunctionBuilder(m, 'tb_push', [['site', i32]]);
    f.local('grown', model.valueType(new Ref(SITES, false)));
    const current = (): Expr => m.global.get(sites, sitesType);
    const len = (): Expr => m.global.get(length, i32);
    f.finish(binaryen.none, [
      m.if(
        m.if(model.isNull(current()), m.i32.const(1), m.i32.ge_u(len(), model.arrayLength(current()))),
        m.block(null, [
          f.set('grown', model.arrayNew(SITES, m.i32.add(m.i32.mul(len(), m.i32.const(2)), m.i32.const(16)), null)),
          m.if(
            m.i32.eqz(model.isNull(current())),
            model.arrayCopy(SITES, f.get('grown'), m.i32.const(0), SITES, current(), m.i32.const(0), len()),
          ),
          m.global.set(sites, f.get('grown')),
        ]),
      ),
      model.arraySet(SITES, current(), len(), f.get('site')),
      m.global.set(length, m.i32.add(len(), m.i32.const(1))),
    ]);
  });
}

/** raise(class, message, site): makes a new exception pending, raised at `site`. */
export function raiseException(s: Support): string {
  return s.ensure('raise', () => {
    const m = s.module;
    const model = s.model;
    const exc = pendingException(s);
    const { length } = traceback(s);
    const f = new FunctionBuilder(m, 'raise', [['class', i32], ['message', model.valueType(STR_OR_NONE)], ['site', i32]]);
    f.finish(binaryen.none, [
      m.global.set(exc, s.exceptionMaker?.(() => f.get('class'), () => f.get('message')) ?? model.structNew(EXCEPTION, [f.get('class'), f.get('message'), model.nullOf(STR_OR_NONE)])),
      m.global.set(length, m.i32.const(0)),
      m.if(m.i32.ge_s(f.get('site'), m.i32.const(0)), m.call(tbPush(s), [f.get('site')], binaryen.none)),
    ]);
  });
}

/** raise_instance(exc, site): makes `exc` the pending exception, its traceback starting here. */
export function raiseInstance(s: Support): string {
  return s.ensure('raise_instance', () => {
    const m = s.module;
    const model = s.model;
    const exc = pendingException(s);
    const { length } = traceback(s);
    const f = new FunctionBuilder(m, 'raise_instance', [['exc', model.valueType(EXCEPTION_OR_NONE)], ['site', i32]]);
    f.finish(binaryen.none, [
      m.global.set(exc, f.get('exc')),
      m.global.set(length, m.i32.const(0)),
      m.if(m.i32.ge_s(f.get('site'), m.i32.const(0)), m.call(tbPush(s), [f.get('site')], binaryen.none)),
    ]);
  });
}

/** print_traceback(): writes the pending exception's traceback to stderr, as CPython does. */
export function printTraceback(s: Support): string {
  return s.ensure('print_traceback', () => {
    const m = s.module;
    const model = s.model;
    const exc = pendingException(s);
    const { sites, length } = traceback(s);
    const excType = model.valueType(EXCEPTION_OR_NONE);
    const f = new FunctionBuilder(m, 'print_traceback', []);
    f.local('i', i32);
    f.local('message', model.valueType(STR_OR_NONE));
    const writeHost = (n: Expr): Expr => m.call(writeScratch(s), [n], binaryen.none);
    const text = (t: string): Expr => m.call(writeStr(s), [m.i32.const(2), s.str(t)], binaryen.none);
    f.finish(binaryen.none, [
      m.call(flush(s), [], binaryen.none),
      m.call(outSelect(s), [m.i32.const(2)], binaryen.none),
      text('Traceback (most recent call last):\n'),
      f.set('i', m.global.get(length, i32)),
      whileLoop(m, 'frames', m.i32.gt_s(f.get('i'), m.i32.const(0)), [
        f.set('i', m.i32.sub(f.get('i'), m.i32.const(1))),
        writeHost(s.hostCall(HOST.siteText, [model.arrayGet(SITES, m.global.get(sites, model.valueType(new Ref(SITES, true))), f.get('i'))])),
      ]),
      writeHost(s.hostCall(HOST.className, [model.structGet(EXCEPTION, m.global.get(exc, excType), 'class')])),
      f.set('message', model.structGet(EXCEPTION, m.global.get(exc, excType), '.message')),
      m.if(
        m.i32.eqz(model.isNull(f.get('message'))),
        m.if(
          model.arrayLength(model.structGet(STR, f.get('message'), 'chars')),
          m.block(null, [text(': '), m.call(writeStr(s), [m.i32.const(2), f.get('message')], binaryen.none)]),
        ),
      ),
      text('\n'),
      m.call(flush(s), [], binaryen.none),
    ]);
  });
}
