// List support written in wasm, one function per list representation that uses it: append
// with amortized growth, pop, insert, repetition (`[x] * n`) and the text of a list.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { Ref } from '../lltypes.ts';
import type { ListRepr } from '../repr/list.ts';
import type { VoidRepr } from '../repr/repr.ts';
import { convertValue } from '../repr/convert.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { raiseException } from './exceptions.ts';
import { BUILDER_REF, builderAppendStr, builderFinish, builderNew } from './strbuilder.ts';
import { STR_OR_NONE, STR_REF } from './types.ts';
import { textExpr } from './text.ts';
import { HOST, type Support } from './support.ts';

const i32 = binaryen.i32;
const i64 = binaryen.i64;

function itemType(s: Support, list: ListRepr): binaryen.Type {
  return s.model.valueType(list.items.element);
}

/** Accessors for one list's fields, inside a support function. */
function fields(s: Support, list: ListRepr, ref: () => Expr) {
  const model = s.model;
  return {
    length: (): Expr => model.structGet(list.struct, ref(), 'length'),
    items: (): Expr => model.structGet(list.struct, ref(), 'items'),
    setLength: (n: Expr): Expr => model.structSet(list.struct, ref(), 'length', n),
    setItems: (a: Expr): Expr => model.structSet(list.struct, ref(), 'items', a),
  };
}

/** list_grow(list, need): makes the item array hold at least `need` items. */
function listGrow(s: Support, list: ListRepr): string {
  const name = `list_grow<${list.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(list.lltype)], ['need', i32]]);
    f.local('grown', model.valueType(new Ref(list.items, false)));
    const l = fields(s, list, () => f.get('list'));
    f.finish(binaryen.none, [
      m.if(
        m.i32.gt_u(f.get('need'), model.arrayLength(l.items())),
        m.block(null, [
          f.set('grown', model.arrayNew(list.items, m.i32.add(m.i32.add(f.get('need'), m.i32.shr_u(f.get('need'), m.i32.const(1))), m.i32.const(4)), null)),
          model.arrayCopy(list.items, f.get('grown'), m.i32.const(0), list.items, l.items(), m.i32.const(0), l.length()),
          l.setItems(f.get('grown')),
        ]),
      ),
    ]);
  });
}

export function listAppend(s: Support, list: ListRepr): string {
  const name = `list_append<${list.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(list.lltype)], ['item', itemType(s, list)]]);
    f.local('n', i32);
    const l = fields(s, list, () => f.get('list'));
    f.finish(binaryen.none, [
      f.set('n', l.length()),
      m.if(m.i32.ge_u(f.get('n'), model.arrayLength(l.items())), m.call(listGrow(s, list), [f.get('list'), m.i32.add(f.get('n'), m.i32.const(1))], binaryen.none)),
      model.arraySet(list.items, l.items(), f.get('n'), f.get('item')),
      l.setLength(m.i32.add(f.get('n'), m.i32.const(1))),
    ]);
  });
}

/** list_pop(list, index, site): removes and returns an item; IndexError as CPython words it. */
export function listPop(s: Support, list: ListRepr): string {
  const name = `list_pop<${list.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(list.lltype)], ['index', i64], ['site', i32]]);
    f.local('n', i32);
    f.local('i', i32);
    f.local('item', itemType(s, list));
    const l = fields(s, list, () => f.get('list'));
    const fail = (message: string): Expr =>
      m.block(null, [
        m.call(raiseException(s), [m.i32.const(s.classId('IndexError')), s.str(message), f.get('site')], binaryen.none),
        m.return(f.get('item')),
      ]);
    f.finish(itemType(s, list), [
      f.set('n', l.length()),
      m.if(m.i32.eqz(f.get('n')), fail('pop from empty list')),
      m.if(m.i64.lt_s(f.get('index'), m.i64.const(0n)), f.set('index', m.i64.add(f.get('index'), m.i64.extend_u(f.get('n'))))),
      m.if(m.i64.ge_u(f.get('index'), m.i64.extend_u(f.get('n'))), fail('pop index out of range')),
      f.set('i', m.i32.wrap(f.get('index'))),
      f.set('item', model.arrayGet(list.items, l.items(), f.get('i'))),
      model.arrayCopy(list.items, l.items(), f.get('i'), list.items, l.items(), m.i32.add(f.get('i'), m.i32.const(1)), m.i32.sub(m.i32.sub(f.get('n'), f.get('i')), m.i32.const(1))),
      l.setLength(m.i32.sub(f.get('n'), m.i32.const(1))),
      f.get('item'),
    ]);
  });
}

/** list_insert(list, index, item): inserts before index, clamped to the list as CPython does. */
export function listInsert(s: Support, list: ListRepr): string {
  const name = `list_insert<${list.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(list.lltype)], ['index', i64], ['item', itemType(s, list)]]);
    f.local('n', i32);
    f.local('i', i32);
    const l = fields(s, list, () => f.get('list'));
    const n64 = (): Expr => m.i64.extend_u(f.get('n'));
    f.finish(binaryen.none, [
      f.set('n', l.length()),
      m.if(m.i64.lt_s(f.get('index'), m.i64.const(0n)), f.set('index', m.i64.add(f.get('index'), n64()))),
      m.if(m.i64.lt_s(f.get('index'), m.i64.const(0n)), f.set('index', m.i64.const(0n))),
      m.if(m.i64.gt_s(f.get('index'), n64()), f.set('index', n64())),
      f.set('i', m.i32.wrap(f.get('index'))),
      m.if(m.i32.ge_u(f.get('n'), model.arrayLength(l.items())), m.call(listGrow(s, list), [f.get('list'), m.i32.add(f.get('n'), m.i32.const(1))], binaryen.none)),
      model.arrayCopy(list.items, l.items(), m.i32.add(f.get('i'), m.i32.const(1)), list.items, l.items(), f.get('i'), m.i32.sub(f.get('n'), f.get('i'))),
      model.arraySet(list.items, l.items(), f.get('i'), f.get('item')),
      l.setLength(m.i32.add(f.get('n'), m.i32.const(1))),
    ]);
  });
}

/** From this many items (8 bytes each at most), list_repeat asks the host whether they fit. */
const BIG_ALLOCATION_ITEMS = 1n << 17n;

/** list_repeat(list, n, site): the list repeated n times (`[0] * n`). */
export function listRepeat(s: Support, list: ListRepr): string {
  const name = `list_repeat<${list.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(list.lltype)], ['times', i64], ['site', i32]]);
    f.local('n', i32);
    f.local('total', i64);
    f.local('items', model.valueType(new Ref(list.items, false)));
    f.local('k', i32);
    const l = fields(s, list, () => f.get('list'));
    const empty = model.structNew(list.struct, [m.i32.const(0), model.arrayNew(list.items, m.i32.const(0), null)]);
    f.finish(model.valueType(list.lltype), [
      f.set('n', l.length()),
      m.if(m.i32.or(m.i64.le_s(f.get('times'), m.i64.const(0n)), m.i32.eqz(f.get('n'))), m.return(empty)),
      f.set('total', m.i64.mul(f.get('times'), m.i64.extend_u(f.get('n')))),
      // Too many items for a wasm array, or (for large ones: the host is asked only then) more
      // bytes than the host's heap has room for: MemoryError, as CPython raises when malloc fails.
      m.if(
        m.i32.or(
          m.i32.or(m.i64.gt_u(f.get('times'), m.i64.const(0x7fffffffn)), m.i64.gt_u(f.get('total'), m.i64.const(0x7fffffffn))),
          m.if(
            m.i64.ge_u(f.get('total'), m.i64.const(BIG_ALLOCATION_ITEMS)),
            m.i32.eqz(s.hostCall(HOST.memoryFits, [m.f64.convert_u.i64(m.i64.mul(f.get('total'), m.i64.const(8n)))])),
            m.i32.const(0),
          ),
        ),
        m.block(null, [
          m.call(raiseException(s), [m.i32.const(s.classId('MemoryError')), model.nullOf(STR_OR_NONE), f.get('site')], binaryen.none),
          m.return(model.nullOf(list.lltype)),
        ]),
      ),
      m.if(
        m.i32.eq(f.get('n'), m.i32.const(1)),
        f.set('items', model.arrayNew(list.items, m.i32.wrap(f.get('total')), model.arrayGet(list.items, l.items(), m.i32.const(0)))),
        m.block(null, [
          f.set('items', model.arrayNew(list.items, m.i32.wrap(f.get('total')), null)),
          f.set('k', m.i32.const(0)),
          whileLoop(m, 'copies', m.i32.lt_u(f.get('k'), m.i32.wrap(f.get('total'))), [
            model.arrayCopy(list.items, f.get('items'), f.get('k'), list.items, l.items(), m.i32.const(0), f.get('n')),
            f.set('k', m.i32.add(f.get('k'), f.get('n'))),
          ]),
        ]),
      ),
      model.structNew(list.struct, [m.i32.wrap(f.get('total')), f.get('items')]),
    ]);
  });
}

/** list_to_str(list): "[1, 2, 3]", each item as repr() gives it. */
export function listToStr(s: Support, list: ListRepr, ctx: ModuleContext): string {
  const name = `list_to_str<${list.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(list.lltype)]]);
    f.local('sb', model.valueType(BUILDER_REF));
    f.local('i', i32);
    const l = fields(s, list, () => f.get('list'));
    const append = (e: Expr): Expr => m.call(builderAppendStr(s), [f.get('sb'), e], binaryen.none);
    const item = list.item.isVoid ? null : model.arrayGet(list.items, l.items(), f.get('i'));
    f.finish(model.valueType(STR_REF), [
      // A list that may be None shares this representation (an item of a list of `list or None`).
      m.if(model.isNull(f.get('list')), m.return(s.str('None'))),
      f.set('sb', m.call(builderNew(s), [], model.valueType(BUILDER_REF))),
      append(s.str('[')),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'items', m.i32.lt_u(f.get('i'), l.length()), [
        m.if(f.get('i'), append(s.str(', '))),
        append(textExpr(ctx, list.item, item, true, null)),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      append(s.str(']')),
      m.call(builderFinish(s), [f.get('sb')], model.valueType(STR_REF)),
    ]);
  });
}


/**
 * list_convert(list): a copy of `from` with every item converted to the items of `to` (a list
 * literal repeated into a list of wider items: `[None] * n` filled later with instances).
 */
export function listConvert(s: Support, ctx: ModuleContext, from: ListRepr, to: ListRepr): string {
  const name = `list_convert<${from.key}->${to.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['list', model.valueType(from.lltype)]]);
    f.local('n', i32);
    f.local('k', i32);
    f.local('items', model.valueType(new Ref(to.items, false)));
    const l = fields(s, from, () => f.get('list'));
    let item: Expr;
    if (from.item.isVoid) {
      const known = (from.item as VoidRepr).known;
      if (to.item.isVoid) item = m.i32.const(0);
      else if (known) item = to.item.constant(known.value, ctx);
      // Items never known (the list was never given one): there are none to convert.
      else item = to.item.zero(ctx);
    } else {
      item = convertValue(ctx, from.item, to.item, model.arrayGet(from.items, l.items(), f.get('k')));
    }
    f.finish(model.valueType(to.lltype), [
      f.set('n', l.length()),
      f.set('items', model.arrayNew(to.items, f.get('n'), null)),
      f.set('k', m.i32.const(0)),
      whileLoop(m, 'items', m.i32.lt_u(f.get('k'), f.get('n')), [
        model.arraySet(to.items, f.get('items'), f.get('k'), item),
        f.set('k', m.i32.add(f.get('k'), m.i32.const(1))),
      ]),
      model.structNew(to.struct, [f.get('n'), f.get('items')]),
    ]);
  });
}

/**
 * list_concat(a, b): a new list of `result`'s items holding a's then b's, each converted (the
 * result's items may be wider than either operand's: [None] + [node]).
 */
export function listConcat(s: Support, ctx: ModuleContext, a: ListRepr, b: ListRepr, result: ListRepr): string {
  const name = `list_concat<${a.key},${b.key}->${result.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, name, [['a', model.valueType(a.lltype)], ['b', model.valueType(b.lltype)]]);
    f.local('na', i32);
    f.local('nb', i32);
    f.local('k', i32);
    f.local('items', model.valueType(new Ref(result.items, false)));
    const la = fields(s, a, () => f.get('a'));
    const lb = fields(s, b, () => f.get('b'));
    const copy = (from: ListRepr, items: () => Expr, offset: Expr, count: string, loopName: string): Expr => {
      if (from === result) return model.arrayCopy(result.items, f.get('items'), offset, result.items, items(), m.i32.const(0), f.get(count));
      let item: Expr;
      if (from.item.isVoid) {
        const known = (from.item as VoidRepr).known;
        if (result.item.isVoid) item = m.i32.const(0);
        else if (known) item = result.item.constant(known.value, ctx);
        // Items never known (the list was never given one): there are none to convert.
        else item = result.item.zero(ctx);
      } else {
        item = convertValue(ctx, from.item, result.item, model.arrayGet(from.items, items(), f.get('k')));
      }
      return m.block(null, [
        f.set('k', m.i32.const(0)),
        whileLoop(m, loopName, m.i32.lt_u(f.get('k'), f.get(count)), [
          model.arraySet(result.items, f.get('items'), m.i32.add(offset, f.get('k')), item),
          f.set('k', m.i32.add(f.get('k'), m.i32.const(1))),
        ]),
      ]);
    };
    f.finish(model.valueType(result.lltype), [
      f.set('na', la.length()),
      f.set('nb', lb.length()),
      f.set('items', model.arrayNew(result.items, m.i32.add(f.get('na'), f.get('nb')), null)),
      copy(a, la.items, m.i32.const(0), 'na', 'first'),
      copy(b, lb.items, f.get('na'), 'nb', 'second'),
      model.structNew(result.struct, [m.i32.add(f.get('na'), f.get('nb')), f.get('items')]),
    ]);
  });
}
