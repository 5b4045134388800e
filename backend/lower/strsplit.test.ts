// A for loop over s.split(sep) takes the pieces from an iterator, with no list (strsplit.ts);
// other splits (on white space, or kept in a variable) still build their list. What the pieces
// are is checked against CPython by tests/programs/data/split_loops.py.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { translate } from '../../driver/pipeline.ts';

const PROGRAM = `
import sys
text = sys.argv[0] + "\\na b\\nc"
n = 0
for line in text.split("\\n"):
    for word in line.split():
        n += len(word)
kept = text.split("\\n")
print(n, len(kept))
`;

describe('a for loop over str.split(sep)', () => {
  it('finds each piece with str_find instead of building the list, and only there', () => {
    const text = translate(new SourceFile('/tmp/lines.py', PROGRAM), { text: true, names: true }).text!;
    expect(text).toContain('call $py:split_check');
    expect(text).toContain('call $py:str_find');
    // The words of a line (white space) and the list kept in a variable: str_split, twice.
    expect(text.match(/call \$py:str_split\b/g)?.length).toBe(2);
  });
});
