// Unit tests of the run-time class layout (classes.ts): classes are numbered in preorder so that
// the subclasses of a class have the ids right after it, and `isinstance(x, C)` is the range
// test id(C) <= x.class <= last(C). Checked on a hand-built class tree and on the tree the
// annotator builds for a program whose classes extend builtin exceptions.

import { describe, expect, it } from 'vitest';
import { ClassLayout } from './classes.ts';
import { ClassDef, ClassDesc } from '../../annotator/classdef.ts';
import { BuiltinExceptionClass } from '../../frontend/program.ts';
import { SourceFile } from '../../frontend/source.ts';
import { analyze } from '../../driver/pipeline.ts';

const reflower = { reflow: (): void => {} };

/** A(B(D), C) and E, made in the order A, B, C, D, E. */
function handBuilt(): Record<'A' | 'B' | 'C' | 'D' | 'E', ClassDef> {
  const make = (name: string, base: ClassDef | null): ClassDef =>
    new ClassDef(new ClassDesc(new BuiltinExceptionClass(name, null), base?.desc ?? null, []), base, reflower);
  const A = make('A', null);
  const B = make('B', A);
  const C = make('C', A);
  const D = make('D', B);
  const E = make('E', null);
  return { A, B, C, D, E };
}

/** isinstance as the generated code computes it. */
function isInstance(layout: ClassLayout, x: ClassDef, cls: ClassDef): boolean {
  const id = layout.id(x);
  return layout.id(cls) <= id && id <= layout.last(cls);
}

describe('ClassLayout', () => {
  it('numbers classes in preorder, each subtree contiguous', () => {
    const { A, B, C, D, E } = handBuilt();
    const layout = new ClassLayout([A, B, C, D, E]);
    expect(layout.names).toEqual(['A', 'B', 'D', 'C', 'E']);
    expect([A, B, D, C, E].map((c) => layout.id(c))).toEqual([0, 1, 2, 3, 4]);
    expect([A, B, D, C, E].map((c) => layout.last(c))).toEqual([3, 2, 2, 3, 4]);
  });

  it('makes isinstance a range test that agrees with the class tree', () => {
    const classes = handBuilt();
    const all = Object.values(classes);
    const layout = new ClassLayout(all);
    for (const x of all) {
      for (const cls of all) expect(isInstance(layout, x, cls)).toBe(x.isSubclassOf(cls));
    }
  });

  it('does not depend on the order the definitions are listed in', () => {
    const { A, B, C, D, E } = handBuilt();
    const layout = new ClassLayout([E, D, C, B, A]);
    expect(layout.names).toEqual(['E', 'A', 'B', 'D', 'C']);
  });

  it('finds builtin exception classes by name, and refuses unknown classes', () => {
    const { A, B, C, D, E } = handBuilt();
    const layout = new ClassLayout([A, B, C, D]);
    expect(layout.builtin('D')).toBe(D);
    expect(layout.builtinId('C')).toBe(3);
    expect(() => layout.builtin('Nope')).toThrow('no builtin exception class Nope');
    expect(() => layout.id(E)).toThrow('class E has no id');
  });

  it('places a program\'s exception classes inside the builtin hierarchy', () => {
    const text = 'class AppError(ValueError):\n    pass\nclass Shape:\n    pass\nclass Circle(Shape):\n    pass\ntry:\n    raise AppError("x")\nexcept ValueError:\n    print(isinstance(Circle(), Shape))\n';
    const analysis = analyze(new SourceFile('t.py', text));
    const defs = analysis.annotator.bookkeeper.allClassDefs();
    const layout = new ClassLayout(defs);
    const byName = new Map(defs.map((d) => [d.name, d]));
    const appError = byName.get('AppError')!;
    expect(layout.names[0]).toBe('BaseException');
    expect(layout.names).toHaveLength(defs.length);
    expect(isInstance(layout, appError, layout.builtin('ValueError'))).toBe(true);
    expect(isInstance(layout, appError, layout.builtin('Exception'))).toBe(true);
    expect(isInstance(layout, appError, layout.builtin('LookupError'))).toBe(false);
    expect(isInstance(layout, byName.get('Circle')!, byName.get('Shape')!)).toBe(true);
    expect(isInstance(layout, byName.get('Shape')!, layout.builtin('BaseException'))).toBe(false);
    expect(layout.last(layout.builtin('BaseException'))).toBeLessThan(layout.id(byName.get('Shape')!));
  });
});
