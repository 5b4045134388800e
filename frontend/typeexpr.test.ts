// Unit tests of the annotation resolver (typeexpr.ts): every spelling the issue lists (builtin
// generics, `typing` names, PEP 604 unions, string forms, `import typing`) must reach the same
// declared type, and an annotation Wyrm cannot read must be a located error that points into
// a string annotation where it can.

import { describe, expect, it } from 'vitest';
import type * as ast from './ast.ts';
import { SourceFile } from './source.ts';
import { parseModule } from './parser/parse.ts';
import { scanModule } from './flow/modulescan.ts';
import { CompileError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { Diag } from '../diagnostics/catalog.ts';
import { formatDeclared, resolveAnnotation } from './typeexpr.ts';

const PRELUDE = 'from typing import List, Dict, Set, Tuple, Optional, Union, Any, Callable\nimport typing\nimport typing as t\nclass Tree:\n    pass\nclass Leaf(Tree):\n    pass\n';

/** The declared type of `x`'s annotation in `x: ANNOTATION`, after the prelude, as Python spells it. */
function declared(annotation: string, prelude = PRELUDE): string {
  const source = new SourceFile('t.py', `${prelude}x: ${annotation}\n`);
  const module = scanModule('__main__', source, parseModule(source));
  const stmt = module.ast.body.at(-1) as ast.AnnAssign;
  return formatDeclared(resolveAnnotation(stmt.annotation, { module, evaluatedAt: null }));
}

/** The diagnostic text an annotation gives, or '' when it resolves. */
function refusal(annotation: string, evaluated = false): string {
  const source = new SourceFile('t.py', `${PRELUDE}x: ${annotation}\n`);
  const module = scanModule('__main__', source, parseModule(source));
  const stmt = module.ast.body.at(-1) as ast.AnnAssign;
  try {
    resolveAnnotation(stmt.annotation, { module, evaluatedAt: evaluated ? 0 : null });
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics.map(formatDiagnostic).join('');
    throw error;
  }
  return '';
}

describe('resolveAnnotation', () => {
  it('reads the scalar types and None', () => {
    expect(['int', 'float', 'bool', 'str', 'None'].map((a) => declared(a))).toEqual(['int', 'float', 'bool', 'str', 'None']);
  });

  it('reads builtin generics and their typing spellings alike', () => {
    expect(declared('list[int]')).toBe('list[int]');
    expect(declared('List[int]')).toBe('list[int]');
    expect(declared('dict[str, list[float]]')).toBe('dict[str, list[float]]');
    expect(declared('Dict[str, List[float]]')).toBe('dict[str, list[float]]');
    expect(declared('set[str]')).toBe('set[str]');
    expect(declared('Set[str]')).toBe('set[str]');
    expect(declared('tuple[int, str]')).toBe('tuple[int, str]');
    expect(declared('Tuple[int, str]')).toBe('tuple[int, str]');
    expect(declared('tuple[int, ...]')).toBe('tuple[int, ...]');
    expect(declared('tuple[()]')).toBe('tuple[()]');
    expect(declared('typing.List[int]')).toBe('list[int]');
    expect(declared('t.Optional[int]')).toBe('int | None');
  });

  it('reads X | None, Optional[X] and Union[X, None] as one type', () => {
    for (const spelling of ['Tree | None', 'None | Tree', 'Optional[Tree]', 'Union[Tree, None]', 'Union[None, Tree]', 'Optional[Tree | None]']) {
      expect(declared(spelling)).toBe('Tree | None');
    }
  });

  it('reads unions of numbers as the widest and unions of classes as classes', () => {
    expect(declared('int | float')).toBe('float');
    expect(declared('bool | int')).toBe('int');
    expect(declared('Leaf | Tree')).toBe('Leaf | Tree');
  });

  it('accepts Any, object and Callable as no constraint', () => {
    expect(declared('Any')).toBe('Any');
    expect(declared('object')).toBe('object');
    expect(declared('Callable[[int], str]')).toBe('Callable');
    expect(declared('list[Any]')).toBe('list[Any]');
    expect(declared('list')).toBe('list[Any]');
  });

  it('parses string forms, nested ones too', () => {
    expect(declared('"Tree | None"')).toBe('Tree | None');
    expect(declared("'list[Tree]'")).toBe('list[Tree]');
    expect(declared('list["Tree"]')).toBe('list[Tree]');
    expect(declared('"list[\'Leaf\']"')).toBe('list[Leaf]');
    expect(declared('Optional["Tree"]')).toBe('Tree | None');
  });

  it('resolves builtin exception classes', () => {
    expect(declared('ValueError | None')).toBe('ValueError | None');
  });

  it('refuses an unknown name, with a suggestion', () => {
    expect(refusal('list[Tre]')).toBe(
      't.py:8:9: error: name \'Tre\' in an annotation is not defined; did you mean \'Tree\'? [W0301]\n    x: list[Tre]\n            ^~~\n',
    );
  });

  it('points into a plainly written string annotation', () => {
    expect(refusal('"list[Tre | None]"')).toMatch(/^t\.py:8:10: error: name 'Tre' in an annotation is not defined/);
    expect(refusal('"list[int"')).toMatch(/^t\.py:8:9: error: invalid syntax in a string annotation \('\[' was never closed\) \[W0210\]/);
  });

  it('points at the whole literal when the string is not written plainly', () => {
    expect(refusal('"Tre\\x65 | Nope"')).toMatch(/^t\.py:8:4: error: name 'Nope' in an annotation is not defined/);
  });

  it('refuses unions Wyrm cannot translate, misplaced ellipses and wrong argument counts', () => {
    expect(refusal('int | str')).toMatch(/Wyrm cannot translate a union of int and str/);
    expect(refusal('tuple[..., int]')).toMatch(/'\.\.\.' is allowed only as the second of two arguments/);
    expect(refusal('dict[str]')).toMatch(/dict\[\.\.\.\] takes 2 type arguments, not 1 \[W0210\]/);
    expect(refusal('Optional')).toMatch(/Optional needs a type argument/);
    expect(refusal('int[str]')).toMatch(/'int' takes no type arguments/);
    expect(refusal('3')).toMatch(/a constant is not a type Wyrm understands/);
  });

  it('refuses a class that is not defined yet where CPython evaluates the annotation', () => {
    expect(refusal('Tree', true)).toMatch(/name 'Tree' is not defined yet where CPython evaluates this annotation/);
    expect(refusal('"Tree"', true)).toBe('');
  });

  it('gives the refusals their catalog codes', () => {
    expect(refusal('Nope')).toContain(`[${Diag.UndefinedName.code}]`);
    expect(refusal('int | str')).toContain(`[${Diag.BadAnnotation.code}]`);
  });
});
