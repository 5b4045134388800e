// The WasmGC value model: Wyrm's structs and arrays become WasmGC struct and array types,
// created lazily the first time they are needed and deduplicated by the low-level type object
// (as wasm_of_ocaml does), references become (ref null? $T), and the engine's collector manages
// memory.

import { binaryen, type Expr, type WasmHeapType, type WasmType } from '../wasm/binaryen.ts';
import { ArrayType, Ref, StructType, type LLType, type Packing } from '../lltypes.ts';
import type { ValueModel } from './valuemodel.ts';

function packedType(packing: Packing): number {
  if (packing === 'i8') return binaryen.i8;
  if (packing === 'i16') return binaryen.i16;
  return binaryen.notPacked;
}

export class WasmGCModel implements ValueModel {
  readonly name = 'wasmgc';
  private readonly module: binaryen.Module;
  private readonly heapTypes = new Map<StructType | ArrayType, WasmHeapType>();
  private readonly building = new Set<StructType | ArrayType>();

  constructor(module: binaryen.Module) {
    this.module = module;
  }

  valueType(t: LLType): WasmType {
    // References are nullable at the wasm level even where the annotation excludes None: a
    // function that propagates an exception returns null, and locals start out null.
    if (t instanceof Ref) return binaryen.getTypeFromHeapType(this.heapType(t.heap), true);
    switch (t.kind) {
      case 'Signed':
        return binaryen.i64;
      case 'Float':
        return binaryen.f64;
      case 'Bool':
      case 'Char':
        return binaryen.i32;
      case 'Void':
        return binaryen.none;
    }
  }

  /** The WasmGC heap type of a struct or array, built on first use. */
  heapType(t: StructType | ArrayType): WasmHeapType {
    const known = this.heapTypes.get(t);
    if (known !== undefined) return known;
    if (this.building.has(t)) throw new Error(`recursive heap type ${t.name} needs a recursion group`);
    this.building.add(t);
    const builder = new binaryen.TypeBuilder(1);
    if (t instanceof StructType) {
      const parent = t.parent ? this.heapType(t.parent) : null;
      builder.setStructType(
        0,
        t.fields.map((f) => ({ type: this.valueType(f.type), packedType: packedType(f.packing), mutable: f.mutable })),
      );
      if (parent !== null) builder.setSubType(0, parent);
      if (t.open) builder.setOpen(0);
    } else {
      builder.setArrayType(0, this.valueType(t.element), packedType(t.packing), t.mutable);
    }
    const [built] = builder.buildAndDispose();
    this.building.delete(t);
    this.heapTypes.set(t, built!);
    this.module.setTypeName(built!, t.name);
    if (t instanceof StructType) t.fields.forEach((f, i) => this.module.setFieldName(built!, i, f.name));
    return built!;
  }

  private refType(t: StructType | ArrayType, nullable = false): WasmType {
    return binaryen.getTypeFromHeapType(this.heapType(t), nullable);
  }

  structNew(t: StructType, values: readonly Expr[]): Expr {
    return this.module.struct.new(values as Expr[], this.heapType(t));
  }

  structGet(t: StructType, ref: Expr, field: string): Expr {
    const index = t.fieldIndex(field);
    const f = t.fields[index]!;
    return this.module.struct.get(index, ref, this.valueType(f.type), false);
  }

  structSet(t: StructType, ref: Expr, field: string, value: Expr): Expr {
    return this.module.struct.set(t.fieldIndex(field), ref, value);
  }

  arrayNew(t: ArrayType, length: Expr, init: Expr | null): Expr {
    const heap = this.heapType(t);
    return init === null ? this.module.array.new_default(heap, length) : this.module.array.new(heap, length, init);
  }

  arrayNewFixed(t: ArrayType, values: readonly Expr[]): Expr {
    return this.module.array.new_fixed(this.heapType(t), values as Expr[]);
  }

  arrayGet(t: ArrayType, ref: Expr, index: Expr): Expr {
    return this.module.array.get(ref, index, this.valueType(t.element), false);
  }

  arraySet(_t: ArrayType, ref: Expr, index: Expr, value: Expr): Expr {
    return this.module.array.set(ref, index, value);
  }

  arrayLength(ref: Expr): Expr {
    return this.module.array.len(ref);
  }

  arrayCopy(_t: ArrayType, dest: Expr, destIndex: Expr, _source: ArrayType, src: Expr, srcIndex: Expr, length: Expr): Expr {
    return this.module.array.copy(dest, destIndex, src, srcIndex, length);
  }

  arrayFill(_t: ArrayType, ref: Expr, index: Expr, value: Expr, length: Expr): Expr {
    return this.module.array.fill(ref, index, value, length);
  }

  nullOf(t: Ref): Expr {
    return this.module.ref.null(this.refType(t.heap, true));
  }

  isNull(ref: Expr): Expr {
    return this.module.ref.is_null(ref);
  }

  asNonNull(ref: Expr): Expr {
    return this.module.ref.as_non_null(ref);
  }

  refEq(a: Expr, b: Expr): Expr {
    return this.module.ref.eq(a, b);
  }
}
