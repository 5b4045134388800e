// The `typing` and `__future__` modules. Their members mean something only inside type
// annotations (typeexpr.ts reads them there); a program that uses one as a value is refused
// when it is annotated, because Wyrm has no run-time object for it.

import { BuiltinModule } from './program.ts';

/** A member of `typing` (`List`, `Optional`...) or a `__future__` feature: usable in annotations only. */
export class TypingForm {
  /** The member's own name (`Optional`), as annotations spell it after `from typing import`. */
  readonly name: string;
  readonly module: string;

  constructor(module: string, name: string) {
    this.module = module;
    this.name = name;
  }

  get qualifiedName(): string {
    return `${this.module}.${this.name}`;
  }

  toString(): string {
    return this.qualifiedName;
  }
}

/** The members of `typing` that Wyrm's annotations understand (typeexpr.ts gives their meaning). */
export const TYPING_NAMES = [
  'List', 'Dict', 'Set', 'Tuple', 'Optional', 'Union', 'Any', 'Callable', 'Iterable', 'Iterator', 'Generator',
] as const;

function moduleOfForms(module: string, names: readonly string[]): BuiltinModule {
  return new BuiltinModule(module, new Map(names.map((n) => [n, new TypingForm(module, n)])));
}

export const typingModule = moduleOfForms('typing', TYPING_NAMES);

/** `from __future__ import annotations` (and the features that are always on in Python 3). */
export const futureModule = moduleOfForms('__future__', [
  'annotations', 'division', 'absolute_import', 'print_function', 'unicode_literals', 'generator_stop', 'nested_scopes', 'generators', 'with_statement',
]);
