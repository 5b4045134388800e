// Dispatch on the classes of one or two annotations, falling back along each class's chain of
// base classes, as RPython's pairtype does: a rule for (SomeInteger, SomeInteger) also serves
// (SomeBool, SomeInteger) unless a more specific rule exists.

import type { SomeValue } from './model.ts';

// The classes of annotations, used as dispatch keys (abstract ones included).
export type AnnotationClass = abstract new (...args: never[]) => SomeValue;

function classChain(value: SomeValue): AnnotationClass[] {
  const chain: AnnotationClass[] = [];
  for (let c = value.constructor as AnnotationClass | null; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as AnnotationClass) {
    chain.push(c);
  }
  return chain;
}

export class PairDispatch<F> {
  private readonly table = new Map<AnnotationClass, Map<AnnotationClass, F>>();

  register(left: AnnotationClass, right: AnnotationClass, rule: F): void {
    let row = this.table.get(left);
    if (!row) {
      row = new Map();
      this.table.set(left, row);
    }
    row.set(right, rule);
  }

  lookup(left: SomeValue, right: SomeValue): F | undefined {
    const rightChain = classChain(right);
    for (const l of classChain(left)) {
      const row = this.table.get(l);
      if (!row) continue;
      for (const r of rightChain) {
        const rule = row.get(r);
        if (rule !== undefined) return rule;
      }
    }
    return undefined;
  }
}

export class SingleDispatch<F> {
  private readonly table = new Map<AnnotationClass, F>();

  register(cls: AnnotationClass, rule: F): void {
    this.table.set(cls, rule);
  }

  lookup(value: SomeValue): F | undefined {
    for (const c of classChain(value)) {
      const rule = this.table.get(c);
      if (rule !== undefined) return rule;
    }
    return undefined;
  }
}
