// The rtyper: chooses a representation for every annotation and writes the low-level type of
// every variable of the annotated graphs (Variable.concretetype), as RPython's rtyper does.
// Reprs are shared between annotations that need the same run-time shape.

import type { Annotator } from '../annotator/annotator.ts';
import {
  SomeBool, SomeBuiltin, SomeCharBuffer, SomeConstantObject, SomeFloat, SomeImpossible, SomeInstance, SomeInteger, SomeIterator,
  SomeList, SomeMethod, SomeMethodSet, SomeNone, SomePBC, SomeRange, SomeString, SomeSuper, SomeTuple, type SomeValue,
} from '../annotator/model.ts';
import type { ClassDef } from '../annotator/classdef.ts';
import { InstanceRepr } from './repr/instance.ts';
import { BoundMethodRepr, MethodSetRepr } from './repr/methodset.ts';
import { ClosureSetRepr, FunctionSetRepr } from './repr/functionset.ts';
import { environmentClassdef } from '../annotator/ops/closures.ts';
import type { FunctionDesc } from '../annotator/description.ts';
import { TupleRepr } from './repr/tuple.ts';
import type { FunctionGraph, Hlvalue } from '../frontend/flowmodel.ts';
import { boolRepr, floatRepr, impossibleRepr, intRepr, noneRepr, VoidRepr, type Repr } from './repr/repr.ts';
import { charBufferRepr, latin1BufferRepr, strOrNoneRepr, strRepr } from './repr/str.ts';
import { ListRepr } from './repr/list.ts';
import { dictReprOf } from './repr/dict.ts';
import { ListIterRepr, RangeIterRepr, RangeRepr, SplitIterRepr, StrIterRepr, TupleIterRepr } from './repr/iterators.ts';
import { isLazySplit } from '../annotator/ops/strsplit.ts';
import { tupleItemUnion } from '../annotator/ops/containers.ts';

export class UnsupportedRepresentation extends Error {}

/** Annotations whose values are known without looking at them (their representation is void). */
function hasNoRuntimeValue(s: SomeValue): boolean {
  if (s instanceof SomeImpossible || s instanceof SomeNone || s instanceof SomeConstantObject) return true;
  if (s instanceof SomeTuple) return s.items.every(hasNoRuntimeValue);
  if (s instanceof SomeBuiltin) return s.self === null;
  if (s instanceof SomePBC) return s.isConstant;
  return false;
}

export class RTyper {
  readonly annotator: Annotator;
  private readonly cache = new Map<string, Repr>();
  private readonly instanceReprs = new Map<ClassDef, InstanceRepr>();

  constructor(annotator: Annotator) {
    this.annotator = annotator;
  }

  private cached<R extends Repr>(key: string, make: () => R): R {
    let repr = this.cache.get(key);
    if (!repr) {
      repr = make();
      this.cache.set(key, repr);
    }
    return repr as R;
  }

  /** The one representation of variables holding one of several functions or classes. */
  readonly functionSetRepr = new FunctionSetRepr();
  /** The one representation of variables holding one of several functions, some of them closures. */
  readonly closureSetRepr = new ClosureSetRepr();
  /** The one representation of variables holding bound methods of several names. */
  readonly methodSetRepr = new MethodSetRepr();

  reprOf(s: SomeValue): Repr {
    if (s instanceof SomeImpossible) return impossibleRepr;
    if (s instanceof SomeBool) return boolRepr;
    if (s instanceof SomeInteger) return intRepr;
    if (s instanceof SomeFloat) return floatRepr;
    if (s instanceof SomeNone) return noneRepr;
    if (s instanceof SomeString) return s.canBeNone ? strOrNoneRepr : strRepr;
    if (s instanceof SomeList) return this.listRepr(this.reprOf(s.listdef.item.value));
    const ofDict = dictReprOf(this, s);
    if (ofDict !== null) return ofDict;
    if (s instanceof SomeRange) return this.cached('range', () => new RangeRepr());
    if (s instanceof SomeIterator) return this.iteratorRepr(s);
    if (s instanceof SomeBuiltin) return s.self ? this.reprOf(s.self) : this.cached(`builtin ${s.name}`, () => new VoidRepr(`builtin ${s.name}`));
    if (s instanceof SomeConstantObject) return this.cached(`const ${s.label}`, () => new VoidRepr(s.label));
    if (s instanceof SomeInstance) return this.instanceRepr(s.classdef);
    if (s instanceof SomeCharBuffer) return s.narrow ? latin1BufferRepr : charBufferRepr;
    if (s instanceof SomeTuple) {
      const items = s.items.map((item) => this.reprOf(item));
      if (items.every((r) => r.isVoid)) return this.cached(`const ${s.toString()}`, () => new VoidRepr(s.toString()));
      const key = `tuple[${items.map((r) => r.key).join(', ')}]`;
      return this.cached(key, () => new TupleRepr(items));
    }
    if (s instanceof SomeMethod) {
      // A bound method is its object; the repr remembers the name for a set of methods.
      const self = this.reprOf(s.self);
      if (!(self instanceof InstanceRepr)) return self;
      return this.cached(`method ${s.name} of ${self.key}`, () => new BoundMethodRepr(self, s.name));
    }
    if (s instanceof SomeMethodSet) return this.methodSetRepr;
    if (s instanceof SomeSuper) return this.reprOf(s.self);
    if (s instanceof SomePBC) {
      if (s.isConstant) return this.cached(`pbc ${s.toString()}`, () => new VoidRepr(s.toString(), { value: s.constValue }));
      const closures = [...s.descs].filter((d) => d.hasEnvironment) as FunctionDesc[];
      if (closures.length === 0) return this.functionSetRepr;
      // One closure: its environment is the value.
      if (s.descs.size === 1 && !s.canBeNone) return this.instanceRepr(environmentClassdef(this.annotator.bookkeeper, closures[0]!.func));
      return this.closureSetRepr;
    }
    throw new UnsupportedRepresentation(`values of type ${s} are not supported yet`);
  }

  /** The struct representation of a class's instances (its base's first). */
  instanceRepr(classdef: ClassDef): InstanceRepr {
    let repr = this.instanceReprs.get(classdef);
    if (repr) return repr;
    const parent = classdef.basedef ? this.instanceRepr(classdef.basedef) : null;
    // Making the base's representation may have made this one (an attribute of the base holds
    // an instance of this subclass).
    repr = this.instanceReprs.get(classdef);
    if (repr) return repr;
    const stored = [...classdef.attrs.values()].filter((attr) => !hasNoRuntimeValue(attr.value));
    repr = new InstanceRepr(classdef, parent, stored.length > 0);
    this.instanceReprs.set(classdef, repr);
    repr.defineFields(stored.map((attr) => [attr.name, this.reprOf(attr.value)]));
    return repr;
  }

  listRepr(item: Repr): ListRepr {
    return this.cached(`list[${item.key}]`, () => new ListRepr(item));
  }

  private iteratorRepr(s: SomeIterator): Repr {
    const container = s.container;
    if (container instanceof SomeRange) return this.cached('iter[range]', () => new RangeIterRepr());
    if (container instanceof SomeList) {
      const list = this.reprOf(container) as ListRepr;
      return this.cached(`iter[${list.key}]`, () => new ListIterRepr(list));
    }
    if (isLazySplit(s)) return this.cached('iter[str.split]', () => new SplitIterRepr());
    if (container instanceof SomeString) return this.cached('iter[str]', () => new StrIterRepr());
    if (container instanceof SomeTuple) {
      const tuple = this.reprOf(container);
      const item = this.reprOf(tupleItemUnion(container));
      return this.cached(`iter[${tuple.key}]->${item.key}`, () => new TupleIterRepr(tuple, container.items, item));
    }
    throw new UnsupportedRepresentation(`iterating over ${container} is not supported yet`);
  }

  reprOfValue(value: Hlvalue): Repr {
    return this.reprOf(this.annotator.annotation(value));
  }

  /** Writes every annotated variable's low-level type. */
  specialize(graph: FunctionGraph): void {
    for (const block of this.annotator.annotatedBlocks(graph)) {
      for (const v of block.inputargs) v.concretetype = this.reprOfValue(v).lltype;
      for (const op of block.operations) {
        if (op.result.annotation !== null) op.result.concretetype = this.reprOfValue(op.result).lltype;
      }
    }
  }
}
