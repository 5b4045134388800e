// The text of an instance, for print(), str(), repr() and the items of a printed list: the
// __str__ (or __repr__) its class reaches, dispatched on the class id, or for an exception
// without one, CPython's default (its message; for repr, `Name('message')`).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import type { ClassDef } from '../../annotator/classdef.ts';
import type { MethodImplementation } from '../../annotator/model.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { implementationGraph, methodTable } from '../emit/methods.ts';
import { convertValue } from '../repr/convert.ts';
import { strConcat } from './strings.ts';
import { strRepr as quoteStr } from './strrepr.ts';
import { EXCEPTION, OBJECT, STR_OR_NONE, STR_REF } from './types.ts';

/** The method giving a class's text: __str__ then __repr__ for str(), __repr__ for repr(). */
function textMethod(classdef: ClassDef, quoted: boolean): MethodImplementation | null {
  for (const name of quoted ? ['__repr__'] : ['__str__', '__repr__']) {
    const member = classdef.desc.lookup(name);
    if (member?.kind === 'method') return { func: member.func, owner: member.owner };
  }
  return null;
}

/** CPython's str() or repr() of an exception that defines neither. */
function defaultExceptionText(ctx: ModuleContext, self: Expr, className: Expr, quoted: boolean, temp: number): Expr {
  const m = ctx.module;
  const s = ctx.support;
  const strType = s.model.valueType(STR_REF);
  const message = (): Expr => m.local.get(temp, s.model.valueType(STR_OR_NONE));
  const concat = (a: Expr, b: Expr): Expr => m.call(strConcat(s), [a, b], strType);
  const read = m.local.set(temp, s.model.structGet(EXCEPTION, self, '.message'));
  if (!quoted) return m.block(null, [read, m.if(s.model.isNull(message()), s.str(''), message())], strType);
  return m.block(null, [
    read,
    m.if(
      s.model.isNull(message()),
      concat(className, s.str('()')),
      concat(concat(concat(className, s.str('(')), m.call(quoteStr(s), [message()], strType)), s.str(')')),
    ),
  ], strType);
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
    const exceptionDefault = (c: ClassDef, self: Expr): Expr =>
      defaultExceptionText(ctx, convertValue(ctx, repr, ctx.rtyper.instanceRepr(ctx.classes.builtin('BaseException')), self), s.str(c.desc.name), quoted, f.local('message', s.model.valueType(STR_OR_NONE)));
    let body: Expr;
    if (impls.length === 0) {
      body = exceptionDefault(classdef, f.get('self'));
    } else if (impls.length === 1 && classes.every((c) => textMethod(c, quoted) !== null)) {
      const graph = implementationGraph(ctx, impls[0]!);
      const selfParam = graph.startblock.inputargs[0]!;
      const call = m.call(ctx.functionName(graph), [convertValue(ctx, repr, ctx.rtyper.reprOfValue(selfParam), f.get('self'))], strType);
      body = call;
    } else {
      const table = methodTable(ctx, classdef, quoted ? '__repr__' : '__str__', impls, repr, (c) => textMethod(c, quoted), (c, params, resultType) => {
        const thunkName = `default_text<${ctx.classes.id(c)}${quoted ? ',repr' : ''}>`;
        return s.ensure(thunkName, () => {
          const t = new FunctionBuilder(m, thunkName, params.map((type, i) => [`p${i}`, type] as [string, binaryen.Type]));
          t.local('message', s.model.valueType(STR_OR_NONE));
          const text = defaultExceptionText(ctx, convertValue(ctx, repr, ctx.rtyper.instanceRepr(ctx.classes.builtin('BaseException')), t.get('p0')), s.str(c.desc.name), quoted, t.local('message', s.model.valueType(STR_OR_NONE)));
          t.finish(resultType, [text]);
        });
      });
      const index = m.i32.sub(s.model.structGet(OBJECT, f.get('self'), 'class'), m.i32.const(ctx.classes.id(classdef)));
      body = m.call_indirect(table.name, index, [f.get('self')], binaryen.createType(table.params), table.resultType);
    }
    f.finish(strType, [body]);
  });
}

