// Dict and set support written in wasm, one function per representation that uses it: a new
// empty dict or set (an 8-slot table, as CPython's), and the text of a dict, set or view as
// CPython prints it ({'a': 1}, {1, 2}, set(), dict_keys(['a'])). The algorithms themselves
// are in the runtime library (runtime/lib/dict.py, set.py).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import type { DictRepr, DictViewRepr } from '../repr/dict.ts';
import type { ListRepr } from '../repr/list.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { BUILDER_REF, builderAppendStr, builderFinish, builderNew } from './strbuilder.ts';
import { STR_OR_NONE, STR_REF } from './types.ts';
import { textExpr } from './text.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;

/** An empty list of this representation with `length` items, each `init`. */
function newList(s: Support, list: ListRepr, length: number, init: Expr | null): Expr {
  const m = s.module;
  return s.model.structNew(list.struct, [m.i32.const(length), s.model.arrayNew(list.items, m.i32.const(length), init)]);
}

/** dict_new<repr>(): an empty dict or set, its table 8 EMPTY slots. */
export function dictNew(s: Support, repr: DictRepr): string {
  const name = `dict_new<${repr.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const f = new FunctionBuilder(m, name, []);
    const empty = (list: ListRepr): Expr => s.model.structNew(list.struct, [m.i32.const(0), s.model.arrayNew(list.items, m.i32.const(0), null)]);
    f.finish(s.model.valueType(repr.lltype), [
      s.model.structNew(repr.struct, [
        m.i64.const(0n),
        m.i64.const(0n),
        m.i64.const(0n),
        newList(s, repr.ints, 8, m.i64.const(-1n)),
        empty(repr.ints),
        empty(repr.keys),
        ...(repr.values === null ? [] : [empty(repr.values)]),
        ...(repr.cachesLookup ? [m.i64.const(-1n), s.model.nullOf(STR_OR_NONE)] : []),
      ]),
    ]);
  });
}

/** Reads item i of a list held in a struct field (null for items without a run-time value). */
function listItem(s: Support, list: ListRepr, ref: Expr, index: Expr): Expr | null {
  if (list.item.isVoid) return null;
  return s.model.arrayGet(list.items, s.model.structGet(list.struct, ref, 'items'), index);
}

/**
 * dict_text<repr>(d): the text of a dict, set or view: its entries in iteration order (a dict's
 * entry order, a set's slot order), each key and value as repr() gives it.
 */
export function dictText(ctx: ModuleContext, repr: DictRepr | DictViewRepr): string {
  const s = ctx.support;
  const name = `dict_text<${repr.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const data = 'dict' in repr ? repr.dict : repr;
    const variant = 'dict' in repr ? repr.variant : null;
    const f = new FunctionBuilder(m, name, [['d', model.valueType(data.lltype)]]);
    f.local('sb', model.valueType(BUILDER_REF));
    f.local('i', i32);
    f.local('n', i32);
    f.local('ix', i32);
    f.local('first', i32);
    const field = (fieldName: string): Expr => model.structGet(data.struct, f.get('d'), fieldName);
    const append = (e: Expr): Expr => m.call(builderAppendStr(s), [f.get('sb'), e], binaryen.none);
    const key = (): Expr => textExpr(ctx, data.keyRepr, listItem(s, data.keys, field('keys'), f.get('ix')), true, null);
    const value = (): Expr => textExpr(ctx, data.valueRepr!, listItem(s, data.values!, field('values'), f.get('ix')), true, null);
    // The list a position walks: a set's slots, a dict's entries.
    const walked = (): Expr => (data.isSet ? field('indices') : field('hashes'));
    const at = model.arrayGet(data.ints.items, model.structGet(data.ints.struct, walked(), 'items'), f.get('i'));
    const live = data.isSet ? m.i64.ge_s(at, m.i64.const(0n)) : m.i64.ne(at, m.i64.const(-1n));
    const entryIndex = data.isSet
      ? m.i32.wrap(model.arrayGet(data.ints.items, model.structGet(data.ints.struct, field('indices'), 'items'), f.get('i')))
      : f.get('i');
    let open: string;
    let close: string;
    let entry: Expr[];
    if (variant === null) {
      [open, close] = ['{', '}'];
      entry = data.isSet ? [append(key())] : [append(key()), append(s.str(': ')), append(value())];
    } else {
      [open, close] = [`dict_${variant}([`, '])'];
      entry = variant === 'keys' ? [append(key())] : variant === 'values' ? [append(value())]
        : [append(s.str('(')), append(key()), append(s.str(', ')), append(value()), append(s.str(')'))];
    }
    // A dict that may be None shares this representation (an item of a list of `dict or None`).
    const body: Expr[] = [m.if(model.isNull(f.get('d')), m.return(s.str('None')))];
    if (data.isSet) body.push(m.if(m.i64.eqz(field('used')), m.return(s.str('set()'))));
    body.push(
      f.set('sb', m.call(builderNew(s), [], model.valueType(BUILDER_REF))),
      append(s.str(open)),
      f.set('n', model.structGet(data.ints.struct, walked(), 'length')),
      f.set('i', m.i32.const(0)),
      f.set('first', m.i32.const(1)),
      whileLoop(m, 'entries', m.i32.lt_u(f.get('i'), f.get('n')), [
        m.if(live, m.block(null, [
          f.set('ix', entryIndex),
          m.if(m.i32.eqz(f.get('first')), append(s.str(', '))),
          f.set('first', m.i32.const(0)),
          ...entry,
        ])),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      append(s.str(close)),
      m.call(builderFinish(s), [f.get('sb')], model.valueType(STR_REF)),
    );
    f.finish(model.valueType(STR_REF), body);
  });
}

