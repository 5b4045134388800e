// Classes as the annotator sees them, after RPython's classdesc.py and classdef.py.
//
// A ClassDesc describes one class of the program or one builtin exception class: its base, its
// methods and class attributes, in method-resolution order. A ClassDef holds what annotation
// learns about the instances: the type of each instance attribute. An attribute lives on the
// highest class that sets or reads it, so a read through a base class sees the union of what
// the subclasses store; when a base class starts using an attribute its subclasses already had,
// the attribute moves up ("lifting") and its readers are re-flowed.

import { BuiltinExceptionClass, PyClass, type GlobalVariable, type PyFunction } from '../frontend/program.ts';
import { Desc } from './description.ts';
import { s_ImpossibleValue, type SomeValue } from './model.ts';
import type { Position, Reflower, Site } from './position.ts';
import { annotationEquals, union } from './union.ts';

export class Attribute {
  readonly name: string;
  value: SomeValue = s_ImpossibleValue;
  readonly readers = new Set<Position>();
  /** Where the first value was stored, and where the first read happened (for messages). */
  origin: Site | null = null;
  firstRead: Site | null = null;
  owner: ClassDef;

  constructor(name: string, owner: ClassDef) {
    this.name = name;
    this.owner = owner;
  }
}

export class ClassDesc extends Desc {
  readonly pyobj: PyClass | BuiltinExceptionClass;
  readonly base: ClassDesc | null;
  /** Extra bases, used only for their methods (mixins). */
  readonly mixins: ClassDesc[];
  classdef: ClassDef | null = null;

  constructor(pyobj: PyClass | BuiltinExceptionClass, base: ClassDesc | null, mixins: ClassDesc[]) {
    super();
    this.pyobj = pyobj;
    this.base = base;
    this.mixins = mixins;
  }

  get name(): string {
    return this.pyobj.name;
  }

  get displayName(): string {
    return this.pyobj instanceof PyClass ? this.pyobj.qualname : this.pyobj.name;
  }

  get isBuiltin(): boolean {
    return this.pyobj instanceof BuiltinExceptionClass;
  }

  /** Classes searched for a class-level name, in order (this class, mixins, then the base's). */
  mro(): ClassDesc[] {
    const order: ClassDesc[] = [this];
    for (const mixin of this.mixins) for (const c of mixin.mro()) if (!order.includes(c)) order.push(c);
    if (this.base) for (const c of this.base.mro()) if (!order.includes(c)) order.push(c);
    return order;
  }

  isSubclassOf(other: ClassDesc): boolean {
    return this.mro().includes(other);
  }

  /** The class-level definition of `name` in this class's own body, if any. */
  ownMember(name: string): ClassMember | null {
    const cls = this.pyobj;
    if (!(cls instanceof PyClass)) return null;
    const method = cls.methods.get(name);
    if (method) return { kind: 'method', func: method, owner: this };
    const staticMethod = cls.staticMethods.get(name);
    if (staticMethod) return { kind: 'staticmethod', func: staticMethod, owner: this };
    const classMethod = cls.classMethods.get(name);
    if (classMethod) return { kind: 'classmethod', func: classMethod, owner: this };
    const property = cls.properties.get(name);
    if (property) return { kind: 'property', getter: property.getter, setter: property.setter, owner: this };
    const assigned = cls.assignedAttributes.get(name);
    if (assigned) return { kind: 'variable', variable: assigned, owner: this };
    const attribute = cls.classAttributes.get(name);
    if (attribute) return { kind: 'constant', value: attribute.value, owner: this };
    return null;
  }

  /** The class-level member `name` resolves to on instances of this class. */
  lookup(name: string): ClassMember | null {
    for (const c of this.mro()) {
      const member = c.ownMember(name);
      if (member) return member;
    }
    return null;
  }

  isExceptionClass(): boolean {
    for (let c: ClassDesc | null = this; c; c = c.base) if (c.pyobj instanceof BuiltinExceptionClass) return true;
    return false;
  }
}

export type ClassMember =
  | { kind: 'method' | 'staticmethod' | 'classmethod'; func: PyFunction; owner: ClassDesc }
  | { kind: 'property'; getter: PyFunction | null; setter: PyFunction | null; owner: ClassDesc }
  | { kind: 'constant'; value: unknown; owner: ClassDesc }
  /** A class attribute the program assigns: kept in a hidden module global (flow/classattrs.ts). */
  | { kind: 'variable'; variable: GlobalVariable; owner: ClassDesc };

export class ClassDef {
  readonly desc: ClassDesc;
  readonly basedef: ClassDef | null;
  readonly subdefs: ClassDef[] = [];
  readonly attrs = new Map<string, Attribute>();
  /** Operations whose annotation depends on this class's subclasses (type(), method lookup). */
  readonly subclassReaders = new Set<Position>();
  /** Whether the program makes instances of this class (a call of it; raise of the class). */
  instantiated = false;
  /** For an exception class: the program reads `e.args` of it (ops/exceptionargs.ts). */
  exceptionArgsRead = false;
  /** For an exception class: the operations that make its instances (and give them args). */
  readonly exceptionMakers = new Set<Position>();
  private readonly reflower: Reflower;

  constructor(desc: ClassDesc, basedef: ClassDef | null, reflower: Reflower) {
    this.desc = desc;
    this.basedef = basedef;
    this.reflower = reflower;
    basedef?.subdefs.push(this);
    // A new subclass: what was decided from the subclasses known so far is decided again.
    for (let c = basedef; c; c = c.basedef) for (const reader of c.subclassReaders) reflower.reflow(reader);
  }

  get name(): string {
    return this.desc.name;
  }

  /** This class and its bases, nearest first. */
  ancestors(): ClassDef[] {
    const chain: ClassDef[] = [];
    for (let c: ClassDef | null = this; c; c = c.basedef) chain.push(c);
    return chain;
  }

  /** This class and all its subclasses. */
  descendants(): ClassDef[] {
    const all: ClassDef[] = [this];
    for (const sub of this.subdefs) all.push(...sub.descendants());
    return all;
  }

  isSubclassOf(other: ClassDef): boolean {
    return this.ancestors().includes(other);
  }

  commonBase(other: ClassDef): ClassDef | null {
    const mine = this.ancestors();
    for (const c of other.ancestors()) if (mine.includes(c)) return c;
    return null;
  }

  /** The attribute `name` as seen from this class (its own or a base's), if any. */
  locate(name: string): Attribute | null {
    for (const c of this.ancestors()) {
      const attr = c.attrs.get(name);
      if (attr) return attr;
    }
    return null;
  }

  /**
   * The attribute `name` for instances of this class, created here if no class in the
   * hierarchy has it yet, or moved up here from the subclasses that have it.
   */
  attribute(name: string): Attribute {
    const found = this.locate(name);
    if (found) return found;
    const attr = new Attribute(name, this);
    for (const sub of this.descendants().slice(1)) {
      const lower = sub.attrs.get(name);
      if (!lower) continue;
      sub.attrs.delete(name);
      attr.value = union(attr.value, lower.value);
      attr.origin ??= lower.origin;
      attr.firstRead ??= lower.firstRead;
      for (const reader of lower.readers) {
        attr.readers.add(reader);
        this.reflower.reflow(reader);
      }
    }
    this.attrs.set(name, attr);
    return attr;
  }

  /** Widens an attribute to hold `value` too; throws UnionError when no such type exists. */
  generalize(name: string, value: SomeValue, origin: Site): void {
    const attr = this.attribute(name);
    const merged = union(attr.value, value);
    if (annotationEquals(merged, attr.value)) return;
    attr.origin ??= origin;
    attr.value = merged;
    for (const reader of attr.readers) this.reflower.reflow(reader);
  }
}
