// Unit tests of the WasmGC value model (wasmgc.ts): low-level types become WasmGC types that
// Binaryen validates and the engine accepts — primitives, structs, packed arrays, subtypes, and
// recursive types (a struct that refers to itself, two structs that refer to each other), which
// must be built in one recursion group. Types are made once per low-level type object.

import { describe, expect, it } from 'vitest';
import { binaryen, newModule, type Expr } from '../wasm/binaryen.ts';
import { ArrayType, Bool, Char, Float, Ref, Signed, StructType, Void, field } from '../lltypes.ts';
import { WasmGCModel } from './wasmgc.ts';

/** A fresh module with its value model; `finish` validates it and returns the engine's verdict. */
function setup(): { module: binaryen.Module; model: WasmGCModel; finish: () => { valid: boolean; engine: boolean } } {
  const module = newModule();
  const model = new WasmGCModel(module);
  const finish = (): { valid: boolean; engine: boolean } => {
    const valid = module.validate() === 1;
    const binary = module.emitBinary();
    module.dispose();
    return { valid, engine: WebAssembly.validate(binary as BufferSource) };
  };
  return { module, model, finish };
}

function addExport(module: binaryen.Module, name: string, params: number[], result: number, body: Expr, locals: number[] = []): void {
  module.addFunction(name, binaryen.createType(params), result, locals, body);
  module.addFunctionExport(name, name);
}

describe('WasmGCModel', () => {
  it('maps the primitive types to wasm value types', () => {
    const { model, module } = setup();
    expect(model.valueType(Signed)).toBe(binaryen.i64);
    expect(model.valueType(Float)).toBe(binaryen.f64);
    expect(model.valueType(Bool)).toBe(binaryen.i32);
    expect(model.valueType(Char)).toBe(binaryen.i32);
    expect(model.valueType(Void)).toBe(binaryen.none);
    module.dispose();
  });

  it('builds a struct, creates one and reads its fields', () => {
    const { module, model, finish } = setup();
    const point = new StructType('Point', [field('x', Float), field('y', Float, true)]);
    const ref = new Ref(point, false);
    const pointType = model.valueType(ref);
    addExport(module, 'make', [], pointType, model.structNew(point, [module.f64.const(1), module.f64.const(2)]));
    addExport(
      module, 'sum', [pointType], binaryen.f64,
      module.block(null, [
        model.structSet(point, module.local.get(0, pointType), 'y', module.f64.const(5)),
        module.f64.add(model.structGet(point, module.local.get(0, pointType), 'x'), model.structGet(point, module.local.get(0, pointType), 'y')),
      ], binaryen.f64),
    );
    expect(finish()).toEqual({ valid: true, engine: true });
  });

  it('makes each type once, however often it is asked for', () => {
    const { module, model } = setup();
    const point = new StructType('Point', [field('x', Float)]);
    const first = model.heapType(point);
    expect(model.heapType(point)).toBe(first);
    expect(model.valueType(new Ref(point, false))).toBe(model.valueType(new Ref(point, true)));
    expect(model.valueType(new Ref(point, true))).toBe(binaryen.getTypeFromHeapType(first, true));
    module.dispose();
  });

  it('builds a recursive struct (a linked list node) and walks it', () => {
    const { module, model, finish } = setup();
    const node = new StructType('Node', []);
    const nodeRef = new Ref(node, true);
    node.setOwnFields([field('value', Signed), field('next', nodeRef, true)]);
    const t = model.valueType(nodeRef);
    // cons(value, next)
    addExport(module, 'cons', [binaryen.i64, t], t, model.structNew(node, [module.local.get(0, binaryen.i64), module.local.get(1, t)]));
    // second(n) = n.next.value
    addExport(module, 'second', [t], binaryen.i64, model.structGet(node, model.structGet(node, module.local.get(0, t), 'next'), 'value'));
    addExport(module, 'empty', [], t, model.nullOf(nodeRef));
    addExport(module, 'isEmpty', [t], binaryen.i32, model.isNull(module.local.get(0, t)));
    expect(finish()).toEqual({ valid: true, engine: true });
  });

  it('builds two structs that refer to each other in one recursion group', () => {
    const { module, model, finish } = setup();
    const tree = new StructType('Tree', []);
    const forest = new StructType('Forest', []);
    tree.setOwnFields([field('label', Signed), field('children', new Ref(forest, true))]);
    forest.setOwnFields([field('first', new Ref(tree, true)), field('rest', new Ref(forest, true))]);
    const treeT = model.valueType(new Ref(tree, true));
    const forestT = model.valueType(new Ref(forest, true));
    addExport(module, 'leaf', [binaryen.i64], treeT, model.structNew(tree, [module.local.get(0, binaryen.i64), model.nullOf(new Ref(forest, true))]));
    addExport(module, 'firstLabel', [forestT], binaryen.i64, model.structGet(tree, model.structGet(forest, module.local.get(0, forestT), 'first'), 'label'));
    expect(finish()).toEqual({ valid: true, engine: true });
  });

  it('builds a subtype whose values can be used as its parent\'s', () => {
    const { module, model, finish } = setup();
    const base = new StructType('Base', [field('class', Char)], null, true);
    const child = new StructType('Child', [field('radius', Float, true)], base);
    expect(child.fields.map((f) => f.name)).toEqual(['class', 'radius']);
    const baseT = model.valueType(new Ref(base, true));
    const childT = model.valueType(new Ref(child, true));
    addExport(module, 'classOf', [baseT], binaryen.i32, model.structGet(base, module.local.get(0, baseT), 'class'));
    // Passes a Child where a Base is expected.
    addExport(
      module, 'make', [], binaryen.i32,
      module.call('classOf', [model.structNew(child, [module.i32.const(7), module.f64.const(1.5)])], binaryen.i32),
    );
    expect(childT).not.toBe(baseT);
    expect(finish()).toEqual({ valid: true, engine: true });
  });

  it('builds a child struct whose parent refers to the child (one group, parent first)', () => {
    const { module, model, finish } = setup();
    const base = new StructType('Shape', [], null, true);
    const circle = new StructType('Circle', [], base);
    base.setOwnFields([field('class', Char), field('cached', new Ref(circle, true), true)]);
    circle.setOwnFields([field('r', Float)]);
    const circleT = model.valueType(new Ref(circle, true));
    addExport(module, 'r', [circleT], binaryen.f64, model.structGet(circle, module.local.get(0, circleT), 'r'));
    expect(finish()).toEqual({ valid: true, engine: true });
  });

  it('builds packed and reference arrays and uses them', () => {
    const { module, model, finish } = setup();
    const flags = new ArrayType('flags', Bool, true, 'i8');
    const str = new StructType('Str', [field('n', Signed)]);
    const strs = new ArrayType('strs', new Ref(str, true), true);
    const flagsT = model.valueType(new Ref(flags, false));
    const strsT = model.valueType(new Ref(strs, false));
    addExport(module, 'flags', [binaryen.i32], flagsT, model.arrayNew(flags, module.local.get(0, binaryen.i32), null));
    addExport(module, 'fixed', [], flagsT, model.arrayNewFixed(flags, [module.i32.const(1), module.i32.const(0)]));
    addExport(
      module, 'count', [flagsT], binaryen.i32,
      module.block(null, [
        model.arraySet(flags, module.local.get(0, flagsT), module.i32.const(0), module.i32.const(1)),
        model.arrayFill(flags, module.local.get(0, flagsT), module.i32.const(0), module.i32.const(1), model.arrayLength(module.local.get(0, flagsT))),
        module.i32.add(model.arrayGet(flags, module.local.get(0, flagsT), module.i32.const(0)), model.arrayLength(module.local.get(0, flagsT))),
      ], binaryen.i32),
    );
    addExport(module, 'strs', [binaryen.i32], strsT, model.arrayNew(strs, module.local.get(0, binaryen.i32), model.nullOf(new Ref(str, true))));
    addExport(
      module, 'copy', [strsT, strsT], binaryen.none,
      model.arrayCopy(strs, module.local.get(0, strsT), module.i32.const(0), strs, module.local.get(1, strsT), module.i32.const(0), module.i32.const(1)),
    );
    addExport(
      module, 'same', [strsT, strsT], binaryen.i32,
      model.refEq(module.local.get(0, strsT), module.local.get(1, strsT)),
    );
    expect(finish()).toEqual({ valid: true, engine: true });
  });

  it('runs code built on the model: a recursive struct walked at run time', async () => {
    const { module, model } = setup();
    const node = new StructType('Node', []);
    const nodeRef = new Ref(node, true);
    node.setOwnFields([field('value', Signed), field('next', nodeRef)]);
    const t = model.valueType(nodeRef);
    // sum of a three-node list built inside the function: 1 + 2 + 3, walking `next` until null.
    const build = model.structNew(node, [
      module.i64.const(1n),
      model.structNew(node, [module.i64.const(2n), model.structNew(node, [module.i64.const(3n), model.nullOf(nodeRef)])]),
    ]);
    const body = module.block(null, [
      module.local.set(0, build),
      module.loop('walk', module.if(
        module.i32.eqz(model.isNull(module.local.get(0, t))),
        module.block(null, [
          module.local.set(1, module.i64.add(module.local.get(1, binaryen.i64), model.structGet(node, module.local.get(0, t), 'value'))),
          module.local.set(0, model.structGet(node, module.local.get(0, t), 'next')),
          module.br('walk'),
        ]),
      )),
      module.local.get(1, binaryen.i64),
    ], binaryen.i64);
    addExport(module, 'sum', [], binaryen.i64, body, [t, binaryen.i64]);
    expect(module.validate()).toBe(1);
    const binary = module.emitBinary();
    module.dispose();
    const { instance } = await WebAssembly.instantiate(binary as BufferSource);
    expect((instance.exports.sum as () => bigint)()).toBe(6n);
  });
});
