// The rtyper: chooses a representation for every annotation and writes the low-level type of
// every variable of the annotated graphs (Variable.concretetype), as RPython's rtyper does.
// Reprs are shared between annotations that need the same run-time shape.

import type { Annotator } from '../annotator/annotator.ts';
import {
  SomeBool, SomeBuiltin, SomeConstantObject, SomeFloat, SomeImpossible, SomeInteger, SomeIterator,
  SomeList, SomeNone, SomePBC, SomeRange, SomeString, type SomeValue,
} from '../annotator/model.ts';
import type { FunctionGraph, Hlvalue } from '../frontend/flowmodel.ts';
import { boolRepr, floatRepr, impossibleRepr, intRepr, noneRepr, VoidRepr, type Repr } from './repr/repr.ts';
import { strOrNoneRepr, strRepr } from './repr/str.ts';
import { ListRepr } from './repr/list.ts';
import { ListIterRepr, RangeIterRepr, RangeRepr, StrIterRepr } from './repr/iterators.ts';

export class UnsupportedRepresentation extends Error {}

export class RTyper {
  readonly annotator: Annotator;
  private readonly cache = new Map<string, Repr>();

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

  reprOf(s: SomeValue): Repr {
    if (s instanceof SomeImpossible) return impossibleRepr;
    if (s instanceof SomeBool) return boolRepr;
    if (s instanceof SomeInteger) return intRepr;
    if (s instanceof SomeFloat) return floatRepr;
    if (s instanceof SomeNone) return noneRepr;
    if (s instanceof SomeString) return s.canBeNone ? strOrNoneRepr : strRepr;
    if (s instanceof SomeList) return this.listRepr(this.reprOf(s.listdef.item.value));
    if (s instanceof SomeRange) return this.cached('range', () => new RangeRepr());
    if (s instanceof SomeIterator) return this.iteratorRepr(s);
    if (s instanceof SomeBuiltin) return s.self ? this.reprOf(s.self) : this.cached(`builtin ${s.name}`, () => new VoidRepr(`builtin ${s.name}`));
    if (s instanceof SomeConstantObject) return this.cached(`const ${s.label}`, () => new VoidRepr(s.label));
    if (s instanceof SomePBC) {
      if (s.descs.size === 1 && !s.canBeNone) return this.cached(`pbc ${s.toString()}`, () => new VoidRepr(s.toString()));
      throw new UnsupportedRepresentation(`a variable holding one of several functions (${s}) is not supported yet`);
    }
    throw new UnsupportedRepresentation(`values of type ${s} are not supported yet`);
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
    if (container instanceof SomeString) return this.cached('iter[str]', () => new StrIterRepr());
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
