// The WasmGC value model: Wyrm's structs and arrays become WasmGC struct and array types,
// created lazily the first time they are needed and deduplicated by the low-level type object
// (as wasm_of_ocaml does), references become (ref null? $T), and the engine's collector manages
// memory.

import { binaryen, type Expr, type WasmHeapType, type WasmType } from '../wasm/binaryen.ts';
import { ANY_ARRAY, ArrayType, Ref, StructType, type FieldType, type LLType, type Packing } from '../lltypes.ts';
import type { ValueModel } from './valuemodel.ts';

function packedType(packing: Packing): number {
  if (packing === 'i8') return binaryen.i8;
  if (packing === 'i16') return binaryen.i16;
  return binaryen.notPacked;
}

/** The heap types a heap type refers to: its parent, and the referents of its fields. */
function dependencies(t: StructType | ArrayType): (StructType | ArrayType)[] {
  const deps: (StructType | ArrayType)[] = [];
  if (t instanceof StructType) {
    if (t.parent) deps.push(t.parent);
    for (const f of t.fields) if (f.type instanceof Ref) deps.push(f.type.heap);
  } else if (t.element instanceof Ref) {
    deps.push(t.element.heap);
  }
  return deps;
}

/** Whether a reference type admits null (binaryen.js has the C API function, not a wrapper). */
function isNullable(type: WasmType): boolean {
  return (binaryen as unknown as { _BinaryenTypeIsNullable(t: WasmType): boolean })._BinaryenTypeIsNullable(type);
}

export class WasmGCModel implements ValueModel {
  readonly name = 'wasmgc';
  private readonly module: binaryen.Module;
  private readonly heapTypes = new Map<StructType | ArrayType, WasmHeapType>();

  constructor(module: binaryen.Module) {
    this.module = module;
    // The abstract type of every array is wasm's own `array`, never built (binaryen.js declares
    // `binaryen.array` but does not define it).
    this.heapTypes.set(ANY_ARRAY, binaryen.getHeapType(binaryen.arrayref));
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

  /** The WasmGC heap type of a struct or array, built on first use (with its recursion group). */
  heapType(t: StructType | ArrayType): WasmHeapType {
    const known = this.heapTypes.get(t);
    if (known !== undefined) return known;
    const group = this.recursionGroup(t);
    // Types outside the group that the group refers to are built first.
    for (const member of group) {
      for (const dep of dependencies(member)) if (!group.includes(dep)) this.heapType(dep);
    }
    this.buildGroup(group);
    return this.heapTypes.get(t)!;
  }

  /** The types not built yet that refer to `t` and that `t` refers to (its strongly connected component). */
  private recursionGroup(t: StructType | ArrayType): (StructType | ArrayType)[] {
    const reaches = (from: StructType | ArrayType, to: StructType | ArrayType): boolean => {
      const seen = new Set<StructType | ArrayType>();
      const stack = [from];
      while (stack.length > 0) {
        const x = stack.pop()!;
        for (const d of dependencies(x)) {
          if (d === to) return true;
          if (!seen.has(d) && !this.heapTypes.has(d)) {
            seen.add(d);
            stack.push(d);
          }
        }
      }
      return false;
    };
    const reachable = new Set<StructType | ArrayType>();
    const stack = [t];
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (const d of dependencies(x)) {
        if (!reachable.has(d) && !this.heapTypes.has(d)) {
          reachable.add(d);
          stack.push(d);
        }
      }
    }
    const group = [t, ...[...reachable].filter((d) => d !== t && reaches(d, t))];
    // A struct's parent comes before it in the group.
    const depth = (x: StructType | ArrayType): number => (x instanceof StructType && x.parent && group.includes(x.parent) ? 1 + depth(x.parent) : 0);
    return group.sort((a, b) => depth(a) - depth(b));
  }

  private buildGroup(group: (StructType | ArrayType)[]): void {
    const builder = new binaryen.TypeBuilder(group.length);
    if (group.length > 1) builder.createRecGroup(0, group.length);
    const indexOf = new Map(group.map((t, i) => [t, i]));
    // `nonNull`: a struct field whose Ref excludes null is a non-nullable reference (fieldType).
    const fieldType = (type: LLType, nonNull = false): WasmType => {
      const nullable = !(nonNull && type instanceof Ref && !type.nullable);
      if (type instanceof Ref && indexOf.has(type.heap)) return builder.getTempRefType(builder.getTempHeapType(indexOf.get(type.heap)!), nullable);
      return nullable ? this.valueType(type) : this.refType(type.heap as StructType | ArrayType, false);
    };
    group.forEach((t, i) => {
      if (t instanceof StructType) {
        builder.setStructType(i, t.fields.map((f) => ({ type: fieldType(f.type, true), packedType: packedType(f.packing), mutable: f.mutable })));
        if (t.parent) {
          const parent = indexOf.has(t.parent) ? builder.getTempHeapType(indexOf.get(t.parent)!) : this.heapType(t.parent);
          builder.setSubType(i, parent);
        }
        if (t.open) builder.setOpen(i);
      } else {
        builder.setArrayType(i, fieldType(t.element), packedType(t.packing), t.mutable);
      }
    });
    const built = builder.buildAndDispose();
    group.forEach((t, i) => {
      const heap = built[i]!;
      this.heapTypes.set(t, heap);
      this.module.setTypeName(heap, t.name);
      if (t instanceof StructType) t.fields.forEach((f, k) => this.module.setFieldName(heap, k, f.name));
    });
  }

  private refType(t: StructType | ArrayType, nullable = false): WasmType {
    return binaryen.getTypeFromHeapType(this.heapType(t), nullable);
  }

  /**
   * The wasm type of a struct field: a Ref that excludes null is a non-nullable reference there
   * (a list's item array, a str's code points), so that V8 reads through it without a null
   * check; everywhere else references stay nullable (see valueType).
   */
  fieldType(f: FieldType): WasmType {
    return f.type instanceof Ref && !f.type.nullable ? this.refType(f.type.heap, false) : this.valueType(f.type);
  }

  /** `value` as the field wants it: a nullable reference into a non-nullable field is asserted. */
  private fieldValue(f: FieldType, value: Expr): Expr {
    if (!(f.type instanceof Ref) || f.type.nullable) return value;
    const type = binaryen.getExpressionType(value);
    return type === binaryen.unreachable || !isNullable(type) ? value : this.module.ref.as_non_null(value);
  }

  structNew(t: StructType, values: readonly Expr[]): Expr {
    const fields = t.fields;
    return this.module.struct.new(values.map((v, i) => this.fieldValue(fields[i]!, v)), this.heapType(t));
  }

  structGet(t: StructType, ref: Expr, field: string): Expr {
    const index = t.fieldIndex(field);
    return this.module.struct.get(index, ref, this.fieldType(t.fields[index]!), false);
  }

  structSet(t: StructType, ref: Expr, field: string, value: Expr): Expr {
    const index = t.fieldIndex(field);
    return this.module.struct.set(index, ref, this.fieldValue(t.fields[index]!, value));
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

  refTest(ref: Expr, t: StructType | ArrayType): Expr {
    return this.module.ref.test(ref, this.refType(t, false));
  }

  refCast(ref: Expr, t: StructType | ArrayType): Expr {
    return this.module.ref.cast(ref, this.refType(t, false));
  }
}
