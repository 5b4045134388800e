// The two storage kinds of str (strkinds.ts): a str whose code points are all below U+0100 is
// stored one byte per code point, any other four, and each operation that makes a str picks the
// narrowest. What programs print across the kinds is tested against CPython by
// tests/programs/data/str_kinds.py; here, that the narrow kind is what is actually built.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { translate } from '../../driver/pipeline.ts';
import { runCaptured } from '../../driver/run.ts';

function wat(program: string): string {
  return translate(new SourceFile('/tmp/kinds.py', program), { text: true, names: true, optimize: 0 }).text!;
}

/** The body of the function named `name` in the module's text. */
function functionText(text: string, name: string): string {
  const start = text.indexOf(`(func $${name} `);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n (func ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('the storage kinds of str', () => {
  it('stores a constant with only Latin-1 code points one byte each, and a wider one four', () => {
    const text = wat('print("ÿes")\nprint("€uro")\n');
    expect(text).toMatch(/\(type \$latin1 \(array \(mut i8\)\)\)/);
    expect(text).toMatch(/array\.new_fixed \$latin1 3\s+\(i32\.const 255\)/);
    // (binaryen names the four-byte array type after the first of the identical i32 arrays)
    const wide = /array\.new_fixed \$(\S+) 4\s+\(i32\.const 8364\)/.exec(text);
    expect(wide?.[1]).not.toBe('latin1');
  });

  it('gives str its code points as any array, read by testing the kind', () => {
    const text = wat('import sys\nprint(sys.argv[0][0])\n');
    expect(text).toMatch(/\(type \$str \(struct \(field \$hash \(mut i64\)\) \(field \$chars \(ref array\)\)\)\)/);
    expect(text).toContain('ref.test (ref $latin1)');
  });

  it('converts ASCII case and joins narrow strings into one-byte buffers, without a wide one', () => {
    const text = wat('import sys\nw = sys.argv[0]\nprint(w.lower(), "-".join([w, w]))\n');
    expect(functionText(text, 'py:_convert_case')).toContain('call $ascii_case');
    expect(functionText(text, 'ascii_case')).toContain('array.new_default $latin1');
    // One specialization of the join per buffer kind; the narrow one copies bytes.
    const narrowJoin = functionText(text, '"py:_join_into[latin1 char buffer, int, str, list[str]]"');
    expect(narrowJoin).toMatch(/\(param \$\d+ \(ref null \$latin1\)\)/);
    expect(narrowJoin).toContain('call $str_put_latin1');
  });

  it('makes a slice of a wide str that holds only narrow code points equal to a narrow literal', async () => {
    const program = 'import sys\ns = "aé€" + sys.argv[0][:0]\nt = s[:2]\nprint(t == "aé", {"aé": 1}[t], hash(t) == hash("aé"), t < "b")\n';
    const translation = translate(new SourceFile('/tmp/kinds.py', program));
    expect(await runCaptured(translation)).toEqual({ status: 0, stdout: 'True 1 True True\n', stderr: '' });
  });
});
