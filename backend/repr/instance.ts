// The representation of instances: a WasmGC struct per class that adds attributes, extending its
// base class's struct (the root `object` struct holds the class id). A class that adds no
// attribute shares its base's struct, so converting between them costs nothing. Reading an
// attribute of a subclass through a variable typed with a base class casts first.

import type { Expr } from '../wasm/binaryen.ts';
import type { ClassDef } from '../../annotator/classdef.ts';
import { Ref, StructType, field, type FieldType } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { EXCEPTION, OBJECT } from '../support/types.ts';
import { BoolRepr, Repr } from './repr.ts';

export class InstanceRepr extends Repr {
  readonly classdef: ClassDef;
  readonly key: string;
  readonly struct: StructType;
  readonly lltype: Ref;
  /** The representation of each attribute stored in the struct (this class's and its bases'). */
  readonly fieldReprs = new Map<string, Repr>();

  constructor(classdef: ClassDef, parent: InstanceRepr | null, ownsFields: boolean) {
    super();
    this.classdef = classdef;
    this.key = `instance ${classdef.desc.displayName}`;
    if (classdef.desc.isBuiltin && classdef.desc.name === 'BaseException') this.struct = EXCEPTION;
    else if (!ownsFields) this.struct = parent ? parent.struct : OBJECT;
    else this.struct = new StructType(classdef.desc.displayName, [], parent ? parent.struct : OBJECT, true);
    this.lltype = new Ref(this.struct, true);
    if (parent) {
      for (const [name, repr] of parent.fieldReprs) this.fieldReprs.set(name, repr);
      parent.children.push(this);
    }
  }

  /** The representations of the subclasses, which get this class's attributes too. */
  private readonly children: InstanceRepr[] = [];

  /**
   * Sets this class's own attributes (done after construction: an attribute may hold this class,
   * or a subclass, whose representation is then made before this class's attributes are known).
   */
  defineFields(own: [string, Repr][]): void {
    const fields: FieldType[] = own.map(([name, repr]) => field(name, repr.lltype, true, repr instanceof BoolRepr ? null : null));
    this.inherit(own);
    if (own.length > 0) this.struct.setOwnFields(fields);
  }

  private inherit(fields: [string, Repr][]): void {
    for (const [name, repr] of fields) this.fieldReprs.set(name, repr);
    for (const child of this.children) child.inherit(fields);
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    throw new Error('instances are never constants');
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}
