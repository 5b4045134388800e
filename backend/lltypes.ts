// Low-level types: what the lowering gives every variable (its `concretetype`) and what heap
// objects are made of. They say nothing about WebAssembly: the value model maps them to wasm
// types (WasmGC structs and arrays today; a linear-memory layout could map them differently).

export type PrimitiveKind = 'Signed' | 'Float' | 'Bool' | 'Void' | 'Char';

export interface Primitive {
  readonly kind: PrimitiveKind;
}

/** A 64-bit signed integer (Python int). */
export const Signed: Primitive = { kind: 'Signed' };
/** A 64-bit IEEE float (Python float). */
export const Float: Primitive = { kind: 'Float' };
/** A truth value, 0 or 1. */
export const Bool: Primitive = { kind: 'Bool' };
/** A Unicode code point, or a small integer stored in 32 bits. */
export const Char: Primitive = { kind: 'Char' };
/** No run-time value: the value is a constant known from its annotation. */
export const Void: Primitive = { kind: 'Void' };

/** Storage of an array element or struct field smaller than its value type. */
export type Packing = 'i8' | 'i16' | null;

export interface FieldType {
  readonly name: string;
  readonly type: LLType;
  readonly mutable: boolean;
  readonly packing: Packing;
}

export class StructType {
  readonly name: string;
  fields: FieldType[];
  /** The struct this one extends (its fields come first); null for a root. */
  readonly parent: StructType | null;
  /** Can be extended by another struct. */
  readonly open: boolean;

  /** The fields this struct adds to its parent's. */
  private ownFields: FieldType[];
  /** The structs that extend this one, whose fields begin with this one's. */
  private readonly children: StructType[] = [];

  constructor(name: string, fields: FieldType[], parent: StructType | null = null, open = false) {
    this.name = name;
    this.ownFields = fields;
    this.fields = parent ? [...parent.fields, ...fields] : fields;
    this.parent = parent;
    this.open = open;
    parent?.children.push(this);
  }

  /**
   * Sets the fields this struct adds to its parent's (for types that refer to themselves). The
   * structs that extend it get them too: a subclass's struct may be made while its base's own
   * fields are being computed (the base has an attribute holding a subclass instance).
   */
  setOwnFields(fields: FieldType[]): void {
    this.ownFields = fields;
    this.refreshFields();
  }

  private refreshFields(): void {
    this.fields = this.parent ? [...this.parent.fields, ...this.ownFields] : this.ownFields;
    for (const child of this.children) child.refreshFields();
  }

  hasField(name: string): boolean {
    return this.fields.some((f) => f.name === name);
  }

  fieldIndex(name: string): number {
    const index = this.fields.findIndex((f) => f.name === name);
    if (index < 0) throw new Error(`struct ${this.name} has no field ${name}`);
    return index;
  }

  field(name: string): FieldType {
    return this.fields[this.fieldIndex(name)]!;
  }
}

export class ArrayType {
  readonly name: string;
  readonly element: LLType;
  readonly mutable: boolean;
  readonly packing: Packing;

  constructor(name: string, element: LLType, mutable = true, packing: Packing = null) {
    this.name = name;
    this.element = element;
    this.mutable = mutable;
    this.packing = packing;
  }
}

/**
 * Any array, whatever its elements: a field that holds one of several array types (a str's code
 * points, stored one byte each or four) is a reference to it, and its users test which it is.
 */
export const ANY_ARRAY = new ArrayType('array', Void, false);

export type HeapType = StructType | ArrayType;

/** A reference to a heap object. */
export class Ref {
  readonly heap: HeapType;
  readonly nullable: boolean;

  constructor(heap: HeapType, nullable: boolean) {
    this.heap = heap;
    this.nullable = nullable;
  }
}

export type LLType = Primitive | Ref;

export function field(name: string, type: LLType, mutable = false, packing: Packing = null): FieldType {
  return { name, type, mutable, packing };
}

export function isVoid(t: LLType): boolean {
  return t === Void;
}

export function llTypeName(t: LLType): string {
  if (t instanceof Ref) return `${t.nullable ? 'nullable ' : ''}ref ${t.heap.name}`;
  return t.kind;
}
