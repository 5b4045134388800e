// Every str method the annotator accepts has its implementation in the runtime library, so that
// accepting one can never end in an internal error when the program is translated.

import { expect, it } from 'vitest';
import { libraryFunction } from '../../runtime/library.ts';
import { STRING_METHODS } from './strings.ts';

it('finds str_NAME in the runtime library for each accepted str method', () => {
  const missing = [...STRING_METHODS].filter((name) => {
    try {
      libraryFunction(`str_${name}`);
      return false;
    } catch {
      return true;
    }
  });
  expect(missing).toEqual([]);
});
