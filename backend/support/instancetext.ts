// The text of an instance, for print(), str(), repr() and the items of a printed list: the
// __str__ (or __repr__) its class reaches, dispatched on the class id, or for an exception
// without one, CPython's default (its message; for repr, `Name('message')`). The methods run one
// frame deeper than the `depth` global says (support/recursion.ts: set by the translated code
// that asks for the text), since CPython counts str() and repr() of an object as a frame.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import type { ClassDef } from '../../annotator/classdef.ts';
import { BuiltinExceptionClass } from '../../frontend/program.ts';
import type { MethodImplementation } from '../../annotator/model.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { implementationGraph, methodTable } from '../emit/methods.ts';
import { convertValue } from '../repr/convert.ts';
import { strConcat } from './strings.ts';
import { strRepr as quoteStr } from './strrepr.ts';
import { EXCEPTION, OBJECT, STR_OR_NONE, STR_REF } from './types.ts';
import { callGraphDroppingStatus, droppingStatus, withStatusType } from '../emit/graphcall.ts';
import { depthFromGlobal } from './recursion.ts';

/**
 * CPython's str() and repr() of an object count as a frame of their own (Py_EnterRecursiveCall).
 * The builtin repr() counts one more, its own call: lower/strings.ts userText adds it.
 */
const textDepth = (ctx: ModuleContext): Expr => ctx.module.i32.add(depthFromGlobal(ctx.support), ctx.module.i32.const(1));

/** The method giving a class's text: __str__ then __repr__ for str(), __repr__ for repr(). */
function textMethod(classdef: ClassDef, quoted: boolean): MethodImplementation | null {
  for (const name of quoted ? ['__repr__'] : ['__str__', '__repr__']) {
    const member = classdef.desc.lookup(name);
    if (member?.kind === 'method') return { func: member.func, owner: member.owner };
  }
  return null;
}

/** Whether CPython's KeyError.__str__ gives instances of `classdef` their text (repr of the key). */
function isKeyError(classdef: ClassDef): boolean {
  for (let c: ClassDef | null = classdef; c !== null; c = c.basedef) if (c.desc.pyobj instanceof BuiltinExceptionClass && c.desc.pyobj.name === 'KeyError') return true;
  return false;
}

/**
 * CPython's str() or repr() of an exception that defines neither, for the classes `classes`
 * (the first is the one assumed when the class id is none of the others): repr is
 * `Name('message')`, naming the instance's own class, with the message as it is for a KeyError,
 * whose message is already the repr of its key.
 */
function defaultExceptionText(ctx: ModuleContext, self: () => Expr, classes: readonly ClassDef[], quoted: boolean, temp: number): Expr {
  const m = ctx.module;
  const s = ctx.support;
  const strType = s.model.valueType(STR_REF);
  const message = (): Expr => m.local.get(temp, s.model.valueType(STR_OR_NONE));
  const concat = (a: Expr, b: Expr): Expr => m.call(strConcat(s), [a, b], strType);
  const read = m.local.set(temp, s.model.structGet(EXCEPTION, self(), '.message'));
  if (!quoted) return m.block(null, [read, m.if(s.model.isNull(message()), s.str(''), message())], strType);
  const args = (): Expr => s.model.structGet(EXCEPTION, self(), '.args');
  const reprOf = (c: ClassDef): Expr => m.if(
    m.i32.eqz(s.model.isNull(args())),
    concat(s.str(c.desc.name), args()),
    m.if(
      s.model.isNull(message()),
      s.str(`${c.desc.name}()`),
      concat(concat(s.str(`${c.desc.name}(`), isKeyError(c) ? message() : m.call(quoteStr(s), [message()], strType)), s.str(')')),
    ),
  );
  let text = reprOf(classes[0]!);
  for (const c of classes.slice(1)) {
    text = m.if(m.i32.eq(s.model.structGet(OBJECT, self(), 'class'), m.i32.const(ctx.classes.id(c))), reprOf(c), text);
  }
  return m.block(null, [read, text], strType);
}

/** instance_text(obj): the str() (or repr() when `quoted`) of an instance of `classdef`'s subtree. */
export function instanceText(ctx: ModuleContext, classdef: ClassDef, quoted: boolean): string {
  const repr = ctx.rtyper.instanceRepr(classdef);
  const name = `instance_text<${ctx.classes.id(classdef)}${quoted ? ',repr' : ''}>`;
  return ctx.support.ensure(name, () => {
    const m = ctx.module;
    const s = ctx.support;
    const selfType = s.model.valueType(repr.lltype);
    const strType = s.model.valueType(STR_REF);
    const f = new FunctionBuilder(m, name, [['self', selfType]]);
    f.local('message', s.model.valueType(STR_OR_NONE));
    const classes = classdef.descendants();
    const impls: MethodImplementation[] = [];
    for (const c of classes) {
      const impl = textMethod(c, quoted);
      if (impl && !impls.some((i) => i.func === impl.func)) impls.push(impl);
    }
    const asException = (self: Expr): Expr => convertValue(ctx, repr, ctx.rtyper.instanceRepr(ctx.classes.builtin('BaseException')), self);
    let body: Expr;
    if (impls.length === 0) {
      // repr() names the exception's own class, which the value's annotation may not know.
      const named = quoted ? [classdef, ...classes.filter((c) => c !== classdef)] : [classdef];
      body = defaultExceptionText(ctx, () => asException(f.get('self')), named, quoted, f.local('message', s.model.valueType(STR_OR_NONE)));
    } else if (impls.length === 1 && classes.every((c) => textMethod(c, quoted) !== null)) {
      const graph = implementationGraph(ctx, impls[0]!);
      const selfParam = graph.startblock.inputargs[0]!;
      const call = callGraphDroppingStatus(ctx, graph, [convertValue(ctx, repr, ctx.rtyper.reprOfValue(selfParam), f.get('self'))], textDepth(ctx));
      // A method that only raises has no value: the caller finds the exception pending.
      body = binaryen.getExpressionType(call) === binaryen.none ? m.block(null, [call, s.str('')], strType) : call;
    } else {
      const table = methodTable(ctx, classdef, quoted ? '__repr__' : '__str__', impls, repr, (c) => textMethod(c, quoted), (c, params, valueType) => {
        const thunkName = `default_text<${ctx.classes.id(c)}${quoted ? ',repr' : ''}>`;
        return s.ensure(thunkName, () => {
          const t = new FunctionBuilder(m, thunkName, params.map((type, i) => [`p${i}`, type] as [string, binaryen.Type]));
          t.local('message', s.model.valueType(STR_OR_NONE));
          const text = defaultExceptionText(ctx, () => asException(t.get('p0')), [c], quoted, t.local('message', s.model.valueType(STR_OR_NONE)));
          // The text, then the status of a thunk that did not raise (emit/methods.ts).
          t.finish(withStatusType(valueType), [m.tuple.make([text, m.i32.const(0)])]);
        });
      });
      const index = m.i32.sub(s.model.structGet(OBJECT, f.get('self'), 'class'), m.i32.const(ctx.classes.id(classdef)));
      // The caller finds an exception the method raised pending (userText tests the global).
      body = droppingStatus(m, m.call_indirect(table.name, index, [f.get('self'), textDepth(ctx)], binaryen.createType(table.params), table.resultType), table.valueType);
    }
    f.finish(strType, [body]);
  });
}

