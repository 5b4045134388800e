// The lattice of annotations: what the annotator knows about each value.
//
// An annotation describes a set of Python objects. SomeImpossible is the empty set (nothing has
// flowed here yet); a SomeValue subclass is the set of objects of one Python type, possibly
// narrowed to one constant (`const`), to non-negative ints (`nonneg`) or widened to admit None
// (`canBeNone`). union(a, b) is the smallest annotation containing both; contains(a, b) means
// union(a, b) equals a. There is no "any object" top: where two sets have no translatable union
// (int and str), union() raises a UnionError that the annotator turns into a located message.
//
// Containers are described by shared definitions (ListDef...) rather than by their item types
// directly, so that every list that may flow into the same variable shares one item type, as in
// RPython's listdef.py.

import type { ListDef } from './listdef.ts';
import type { DictDef } from './dictdef.ts';
import type { Desc } from './description.ts';
import type { ClassDef, ClassDesc } from './classdef.ts';
import type { PyFunction } from '../frontend/program.ts';
import type { Variable } from '../frontend/flowmodel.ts';

export abstract class SomeValue {
  /** True when every object in the set is the same constant, kept in `constValue`. */
  readonly isConstant: boolean;
  readonly constValue: unknown;

  constructor(constant?: { value: unknown }) {
    this.isConstant = constant !== undefined;
    this.constValue = constant?.value;
  }

  /** The Python-like name of the set, as `wyrm annotate` prints it. */
  abstract toString(): string;

  /** The same set without the constant. */
  abstract withoutConstant(): SomeValue;

  get canBeNone(): boolean {
    return false;
  }
}

/** The empty set: no value has flowed here (yet), or the code never produces one. */
export class SomeImpossible extends SomeValue {
  toString(): string {
    return 'impossible';
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

export const s_ImpossibleValue = new SomeImpossible();

export class SomeInteger extends SomeValue {
  readonly nonneg: boolean;
  /** Some of the values may be bools (a bool and an int met): printing them is refused. */
  readonly mayBeBool: boolean;

  /** `constant` is a bigint, or a boolean for SomeBool. */
  constructor(options: { nonneg?: boolean; mayBeBool?: boolean; constant?: bigint | boolean } = {}) {
    super(options.constant === undefined ? undefined : { value: options.constant });
    const c = options.constant;
    this.nonneg = options.nonneg ?? (typeof c === 'bigint' ? c >= 0n : typeof c === 'boolean');
    this.mayBeBool = options.mayBeBool ?? false;
  }
  toString(): string {
    return 'int';
  }
  withoutConstant(): SomeValue {
    return this.isConstant ? new SomeInteger({ nonneg: this.nonneg, mayBeBool: this.mayBeBool }) : this;
  }
}

/** What a test being true (or false) says about some variables: `isinstance`, `is None`. */
export type Narrowing = ReadonlyMap<Variable, SomeValue>;

export class SomeBool extends SomeInteger {
  /** Narrower annotations of variables in the blocks entered when the bool is true / false. */
  readonly ifTrue: Narrowing | null;
  readonly ifFalse: Narrowing | null;

  constructor(constant?: boolean, narrowing: { ifTrue?: Narrowing | null; ifFalse?: Narrowing | null } = {}) {
    super({ nonneg: true, constant });
    this.ifTrue = narrowing.ifTrue ?? null;
    this.ifFalse = narrowing.ifFalse ?? null;
  }
  override toString(): string {
    return 'bool';
  }
  override withoutConstant(): SomeValue {
    return this.isConstant ? new SomeBool() : this;
  }
}

export class SomeFloat extends SomeValue {
  constructor(constant?: number) {
    super(constant === undefined ? undefined : { value: constant });
  }
  toString(): string {
    return 'float';
  }
  withoutConstant(): SomeValue {
    return this.isConstant ? new SomeFloat() : this;
  }
}

export class SomeNone extends SomeValue {
  constructor() {
    super({ value: null });
  }
  override get canBeNone(): boolean {
    return true;
  }
  toString(): string {
    return 'None';
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/** Reference types that may also be None (`str or None`). */
export abstract class SomeNullable extends SomeValue {
  private readonly nullable: boolean;

  constructor(canBeNone: boolean, constant?: { value: unknown }) {
    super(constant);
    this.nullable = canBeNone;
  }
  override get canBeNone(): boolean {
    return this.nullable;
  }
  /** The same set, admitting None or not. */
  abstract withNone(canBeNone: boolean): SomeValue;

  protected orNone(text: string): string {
    return this.nullable ? `${text} or None` : text;
  }
}

export class SomeString extends SomeNullable {
  constructor(options: { canBeNone?: boolean; constant?: string } = {}) {
    super(options.canBeNone ?? false, options.constant === undefined ? undefined : { value: options.constant });
  }
  toString(): string {
    return this.orNone('str');
  }
  withoutConstant(): SomeValue {
    return this.isConstant ? new SomeString({ canBeNone: this.canBeNone }) : this;
  }
  withNone(canBeNone: boolean): SomeValue {
    return new SomeString({ canBeNone });
  }
}

export class SomeList extends SomeNullable {
  readonly listdef: ListDef;

  constructor(listdef: ListDef, canBeNone = false) {
    super(canBeNone);
    this.listdef = listdef;
  }
  toString(): string {
    return this.orNone(`list[${this.listdef.item.value.toString()}]`);
  }
  withoutConstant(): SomeValue {
    return this;
  }
  withNone(canBeNone: boolean): SomeValue {
    return new SomeList(this.listdef, canBeNone);
  }
}

/** A dict; every dict that may flow to the same place shares one DictDef (key and value types). */
export class SomeDict extends SomeNullable {
  readonly dictdef: DictDef;

  constructor(dictdef: DictDef, canBeNone = false) {
    super(canBeNone);
    this.dictdef = dictdef;
  }
  toString(): string {
    return this.orNone(`dict[${this.dictdef.keys.item.value.toString()}, ${this.dictdef.values.item.value.toString()}]`);
  }
  withoutConstant(): SomeValue {
    return this;
  }
  withNone(canBeNone: boolean): SomeValue {
    return new SomeDict(this.dictdef, canBeNone);
  }
}

/** A set; its DictDef has keys (the elements) and no values. */
export class SomeSet extends SomeNullable {
  readonly dictdef: DictDef;

  constructor(dictdef: DictDef, canBeNone = false) {
    super(canBeNone);
    this.dictdef = dictdef;
  }
  toString(): string {
    return this.orNone(`set[${this.dictdef.keys.item.value.toString()}]`);
  }
  withoutConstant(): SomeValue {
    return this;
  }
  withNone(canBeNone: boolean): SomeValue {
    return new SomeSet(this.dictdef, canBeNone);
  }
}

/** `d.keys()`, `d.values()` or `d.items()`: a view of the dict `dict`. */
export class SomeDictView extends SomeValue {
  readonly dict: SomeDict;
  readonly variant: 'keys' | 'values' | 'items';

  constructor(dict: SomeDict, variant: 'keys' | 'values' | 'items') {
    super();
    this.dict = dict;
    this.variant = variant;
  }
  toString(): string {
    const def = this.dict.dictdef;
    const items = this.variant === 'keys' ? `${def.keys.item.value}` : this.variant === 'values' ? `${def.values.item.value}` : `${def.keys.item.value}, ${def.values.item.value}`;
    return `dict_${this.variant}[${items}]`;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

export class SomeTuple extends SomeValue {
  readonly items: readonly SomeValue[];

  constructor(items: readonly SomeValue[]) {
    super(items.every((i) => i.isConstant) ? { value: items.map((i) => i.constValue) } : undefined);
    this.items = items;
  }
  toString(): string {
    return `tuple[${this.items.map(String).join(', ')}]`;
  }
  withoutConstant(): SomeValue {
    return this.isConstant ? new SomeTuple(this.items.map((i) => i.withoutConstant())) : this;
  }
}

/** A `range` object; `nonneg` when every value it yields is known to be non-negative. */
export class SomeRange extends SomeValue {
  readonly nonneg: boolean;
  /** The step when it is a constant (its sign decides the loop's direction). */
  readonly step: bigint | null;

  constructor(nonneg: boolean, step: bigint | null) {
    super();
    this.nonneg = nonneg;
    this.step = step;
  }
  toString(): string {
    return 'range';
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/** An iterator over a container or range; `variant` distinguishes items/keys/values/enumerate... */
export class SomeIterator extends SomeValue {
  readonly container: SomeValue;
  readonly variant: string;

  constructor(container: SomeValue, variant = 'items') {
    super();
    this.container = container;
    this.variant = variant;
  }
  toString(): string {
    return `iterator[${this.container.toString()}]`;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/** A set of prebuilt constants: functions (and later classes, methods, frozen objects). */
export class SomePBC extends SomeNullable {
  readonly descs: ReadonlySet<Desc>;

  constructor(descs: Iterable<Desc>, canBeNone = false) {
    const set = new Set(descs);
    const first = set.size === 1 && !canBeNone ? [...set][0]! : undefined;
    // A closure is not a constant: each one has its own environment.
    const single = first && !first.hasEnvironment ? first : undefined;
    super(canBeNone, single === undefined ? undefined : { value: single.pyobj });
    this.descs = set;
  }
  toString(): string {
    const names = [...this.descs].map((d) => d.displayName);
    return this.orNone(names.length === 1 ? names[0]! : `{${names.join(', ')}}`);
  }
  withoutConstant(): SomeValue {
    return this;
  }
  withNone(canBeNone: boolean): SomeValue {
    return new SomePBC(this.descs, canBeNone);
  }
}

/**
 * A builtin function (`len`, `math.sqrt`) or a method of a builtin type bound to its object
 * (`xs.append`: name 'list.append', self the list's annotation).
 */
export class SomeBuiltin extends SomeValue {
  readonly name: string;
  readonly self: SomeValue | null;

  constructor(name: string, self: SomeValue | null = null, pyobj?: unknown) {
    super(self === null ? { value: pyobj ?? name } : undefined);
    this.name = name;
    this.self = self;
  }
  toString(): string {
    return this.self ? `method ${this.name}` : `builtin ${this.name}`;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/** Any other object known only as a constant of the translation (a module, sys.stdout...). */
export class SomeConstantObject extends SomeValue {
  readonly label: string;
  constructor(value: unknown, label: string) {
    super({ value });
    this.label = label;
  }
  toString(): string {
    return this.label;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/**
 * A mutable buffer of code points, used by the runtime library to build strings; `narrow`: one
 * that holds only code points below U+0100 (one byte each in the backend).
 */
export class SomeCharBuffer extends SomeValue {
  readonly narrow: boolean;

  constructor(narrow = false) {
    super();
    this.narrow = narrow;
  }

  toString(): string {
    return this.narrow ? 'latin1 char buffer' : 'char buffer';
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/** An instance of a class of the program (or of a builtin exception), or of a subclass. */
export class SomeInstance extends SomeNullable {
  readonly classdef: ClassDef;

  constructor(classdef: ClassDef, canBeNone = false) {
    super(canBeNone);
    this.classdef = classdef;
  }
  toString(): string {
    return this.orNone(this.classdef.desc.displayName);
  }
  withoutConstant(): SomeValue {
    return this;
  }
  withNone(canBeNone: boolean): SomeValue {
    return new SomeInstance(this.classdef, canBeNone);
  }
}

/** One implementation of a method: the function and the class that defines it. */
export interface MethodImplementation {
  readonly func: PyFunction;
  readonly owner: ClassDesc;
}

/**
 * A method bound to its object (`obj.m`): the implementations a call may reach (the one the
 * object's class inherits and the overrides in its subclasses), and the object.
 */
export class SomeMethod extends SomeValue {
  readonly name: string;
  readonly self: SomeValue;
  readonly implementations: readonly MethodImplementation[];
  /** 'method': self is the instance; 'classmethod': self is the class. */
  readonly binding: 'method' | 'classmethod';

  constructor(name: string, self: SomeValue, implementations: readonly MethodImplementation[], binding: 'method' | 'classmethod' = 'method') {
    super();
    this.name = name;
    this.self = self;
    this.implementations = implementations;
    this.binding = binding;
  }
  toString(): string {
    return `method ${this.name} of ${this.self}`;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/**
 * Bound methods of different names met in one variable (`fs = [a.m, a.n]`): one SomeMethod per
 * name, each with the objects it may be bound to. A call calls the one the value holds.
 */
export class SomeMethodSet extends SomeValue {
  readonly methods: readonly SomeMethod[];

  constructor(methods: readonly SomeMethod[]) {
    super();
    this.methods = methods;
  }
  toString(): string {
    return `methods {${this.methods.map((m) => m.name).join(', ')}} of ${[...new Set(this.methods.map((m) => String(m.self)))].join(', ')}`;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

/** `super()` inside a method of `cls`, for the object `self`. */
export class SomeSuper extends SomeValue {
  readonly cls: ClassDesc;
  readonly self: SomeValue;

  constructor(cls: ClassDesc, self: SomeValue) {
    super();
    this.cls = cls;
    this.self = self;
  }
  toString(): string {
    return `super(${this.cls.displayName})`;
  }
  withoutConstant(): SomeValue {
    return this;
  }
}

export function isImpossible(s: SomeValue): boolean {
  return s instanceof SomeImpossible;
}
