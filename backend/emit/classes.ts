// The run-time layout of the class tree: every class gets an id, numbered in preorder so that
// the ids of a class's subclasses follow it contiguously; `isinstance(x, C)` is then the test
// `id(C) <= x.class <= last(C)`. The builtin exception classes are part of the same tree.

import type { ClassDef } from '../../annotator/classdef.ts';

export class ClassLayout {
  private readonly ids = new Map<ClassDef, number>();
  private readonly lasts = new Map<ClassDef, number>();
  private readonly byName = new Map<string, ClassDef>();
  /** The name tracebacks print for each class id. */
  readonly names: string[] = [];

  constructor(classdefs: readonly ClassDef[]) {
    const visit = (c: ClassDef): void => {
      const id = this.names.length;
      this.ids.set(c, id);
      this.names.push(c.desc.displayName);
      if (c.desc.isBuiltin) this.byName.set(c.desc.name, c);
      for (const sub of c.subdefs) visit(sub);
      this.lasts.set(c, this.names.length - 1);
    };
    for (const c of classdefs) if (c.basedef === null) visit(c);
  }

  id(c: ClassDef): number {
    const id = this.ids.get(c);
    if (id === undefined) throw new Error(`class ${c.name} has no id`);
    return id;
  }

  /** The id of the last class of `c`'s subtree. */
  last(c: ClassDef): number {
    return this.lasts.get(c)!;
  }

  builtin(name: string): ClassDef {
    const c = this.byName.get(name);
    if (!c) throw new Error(`no builtin exception class ${name}`);
    return c;
  }

  builtinId(name: string): number {
    return this.id(this.builtin(name));
  }
}
