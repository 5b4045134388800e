// The value representation interface: how structs, arrays and references are built and
// accessed. The lowering and the runtime support code talk only to this interface, so that a
// second memory model (a collector in linear memory) can be added beside WasmGC without
// touching them. Implementations: wasmgc.ts.

import type { Expr, WasmType } from '../wasm/binaryen.ts';
import type { ArrayType, LLType, Ref, StructType } from '../lltypes.ts';

export interface ValueModel {
  readonly name: string;
  /** The wasm type of a value of this low-level type (binaryen.none for Void). */
  valueType(t: LLType): WasmType;

  structNew(t: StructType, values: readonly Expr[]): Expr;
  structGet(t: StructType, ref: Expr, field: string): Expr;
  structSet(t: StructType, ref: Expr, field: string, value: Expr): Expr;

  /** A new array of `length` (an i32) elements, each `init`, or zero/null when init is null. */
  arrayNew(t: ArrayType, length: Expr, init: Expr | null): Expr;
  arrayNewFixed(t: ArrayType, values: readonly Expr[]): Expr;
  arrayGet(t: ArrayType, ref: Expr, index: Expr): Expr;
  arraySet(t: ArrayType, ref: Expr, index: Expr, value: Expr): Expr;
  /** The length of an array, as an i32. */
  arrayLength(ref: Expr): Expr;
  arrayCopy(t: ArrayType, dest: Expr, destIndex: Expr, source: ArrayType, src: Expr, srcIndex: Expr, length: Expr): Expr;
  arrayFill(t: ArrayType, ref: Expr, index: Expr, value: Expr, length: Expr): Expr;

  nullOf(t: Ref): Expr;
  isNull(ref: Expr): Expr;
  asNonNull(ref: Expr): Expr;
  refEq(a: Expr, b: Expr): Expr;
  /** Whether a (non-null) reference is to an object of type `t` (or a subtype), as an i32. */
  refTest(ref: Expr, t: StructType | ArrayType): Expr;
  /** The reference as a non-null reference to `t`, trapping when it is not one. */
  refCast(ref: Expr, t: StructType | ArrayType): Expr;
}
