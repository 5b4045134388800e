// Agreement between an inferred annotation and a declared type (frontend/typeexpr.ts), and the
// narrowing a declaration allows.
//
// conform(s, t) returns the annotation a value of inferred annotation `s` has once declared as
// `t`, or throws Disagreement. Agreement is inclusion, read with PEP 484's numeric tower
// (bool ⊆ int ⊆ float), subclasses (an instance of a subclass is an instance of its base) and
// None (None ⊆ X | None). The result is `s` itself except where inference knew too little and
// the declaration supplies it: the items of a list nobody has stored into yet (`xs: list[int]
// = []`), a None that the declared variable may later replace with an X (`best: Node | None =
// None`). A declaration never converts a value: an int declared float stays an int, because
// CPython keeps it an int and prints it as one.

import type { DeclaredClass, DeclaredType } from '../frontend/typeexpr.ts';
import { DictDef } from './dictdef.ts';
import type { ClassDef } from './classdef.ts';
import { ListDef } from './listdef.ts';
import {
  SomeBool, SomeDict, SomeFloat, SomeImpossible, SomeInstance, SomeInteger, SomeList, SomeNone, SomeNullable, SomeSet,
  SomeString, SomeTuple, type SomeValue,
} from './model.ts';
import type { Position, Reflower, Site } from './position.ts';
import { annotationEquals } from './union.ts';

/** The inferred annotation is not within the declared type. */
export class Disagreement extends Error {}

/** What conform() needs from the annotator. */
export interface ConformContext {
  readonly reflower: Reflower;
  /** The declaration, where new container definitions and item types come from. */
  readonly site: Site;
  /** The operation checking the declaration: it is re-flowed when an item type it read widens. */
  readonly position: Position | null;
  classdefOf(cls: DeclaredClass): ClassDef;
}

/**
 * The annotation `t` stands for when nothing has been inferred (the items of an empty list),
 * or null when it gives no usable type (`Any`, `tuple[int, ...]`, `int | None`).
 */
export function annotationOf(t: DeclaredType, context: ConformContext): SomeValue | null {
  switch (t.kind) {
    case 'int':
      return new SomeInteger();
    case 'float':
      return new SomeFloat();
    case 'bool':
      return new SomeBool();
    case 'str':
      return new SomeString();
    case 'none':
      return new SomeNone();
    case 'list': {
      const def = new ListDef(context.reflower, context.site);
      const item = annotationOf(t.item, context);
      if (item) def.item.generalize(item, context.site);
      return new SomeList(def);
    }
    case 'set': {
      const def = new DictDef(context.reflower, context.site, true);
      const item = annotationOf(t.item, context);
      if (item) def.generalizeKey(item, context.site);
      return new SomeSet(def);
    }
    case 'dict': {
      const def = new DictDef(context.reflower, context.site, false);
      const key = annotationOf(t.key, context);
      if (key) def.generalizeKey(key, context.site);
      const value = annotationOf(t.value, context);
      if (value) def.generalizeValue(value, context.site);
      return new SomeDict(def);
    }
    case 'tuple': {
      const items = t.items.map((item) => annotationOf(item, context));
      return items.every((i): i is SomeValue => i !== null) ? new SomeTuple(items) : null;
    }
    case 'optional': {
      const inner = annotationOf(t.inner, context);
      return inner instanceof SomeNullable ? inner.withNone(true) : null;
    }
    case 'instance': {
      let def: ClassDef | null = context.classdefOf(t.classes[0]!);
      for (const cls of t.classes.slice(1)) def = def?.commonBase(context.classdefOf(cls)) ?? null;
      return def ? new SomeInstance(def) : null;
    }
    default:
      return null;
  }
}

/** `s` declared as `t`: `s`, or `s` completed by the declaration; throws Disagreement. */
export function conform(s: SomeValue, t: DeclaredType, context: ConformContext): SomeValue {
  if (t.kind === 'any') return s;
  if (s instanceof SomeImpossible) return annotationOf(t, context) ?? s;
  if (t.kind === 'optional') {
    if (s instanceof SomeNone) {
      const filled = annotationOf(t.inner, context);
      return filled instanceof SomeNullable ? filled.withNone(true) : s;
    }
    if (!(s instanceof SomeNullable) || !s.canBeNone) return conform(s, t.inner, context);
    const inner = conform(s.withNone(false), t.inner, context);
    return inner instanceof SomeNullable ? inner.withNone(true) : s;
  }
  if (t.kind === 'none') {
    if (s instanceof SomeNone) return s;
    throw new Disagreement();
  }
  if (s.canBeNone) throw new Disagreement();
  switch (t.kind) {
    case 'int':
    case 'float':
      if (s instanceof SomeInteger || (t.kind === 'float' && s instanceof SomeFloat)) return s;
      break;
    case 'bool':
      if (s instanceof SomeBool) return s;
      break;
    case 'str':
      if (s instanceof SomeString) return s;
      break;
    case 'list':
      if (s instanceof SomeList) {
        conformItems(s.listdef, t.item, context);
        return s;
      }
      break;
    case 'set':
      if (s instanceof SomeSet) {
        conformItems(s.dictdef.keys, t.item, context);
        return s;
      }
      break;
    case 'dict':
      if (s instanceof SomeDict) {
        conformItems(s.dictdef.keys, t.key, context);
        conformItems(s.dictdef.values, t.value, context);
        return s;
      }
      break;
    case 'tuple':
    case 'tuplevar':
      if (s instanceof SomeTuple && (t.kind === 'tuplevar' || t.items.length === s.items.length)) {
        const items = s.items.map((item, i) => conform(item, t.kind === 'tuple' ? t.items[i]! : t.item, context));
        return items.every((item, i) => item === s.items[i]) ? s : new SomeTuple(items);
      }
      break;
    case 'instance':
      if (s instanceof SomeInstance && instanceAgrees(s.classdef, t.classes.map((c) => context.classdefOf(c)))) return s;
      break;
  }
  throw new Disagreement();
}

/**
 * An instance of `def` (or of a subclass) agrees with a class it derives from; with a union of
 * classes, Wyrm infers their common base for a value that may be any of them, which agrees too.
 */
function instanceAgrees(def: ClassDef, declared: readonly ClassDef[]): boolean {
  if (declared.some((d) => def.isSubclassOf(d))) return true;
  return declared.length > 1 && declared.every((d) => d.isSubclassOf(def));
}

/** The items of a container (a ListDef's shared item) declared as `t`, completed in place. */
function conformItems(def: ListDef, t: DeclaredType, context: ConformContext): void {
  const item = context.position ? def.read(context.position) : def.item.value;
  const conformed = conform(item, t, context);
  if (!annotationEquals(conformed, item)) def.item.generalize(conformed, context.site);
}
