// The host side of formatting: the fast path of float text against doubleToString, the encoding
// of resolved specs, and the fmt_* protocol (text in and out in chunks, values pushed, errors).

import { describe, expect, it } from 'vitest';
import {
  FORMAT_ERRORS, FORMAT_KINDS, FORMAT_OPERATIONS, TEXT_CHUNK, encodeSpec, floatText,
  fmt_apply, fmt_float, fmt_push, fmt_put, fmt_spec, fmt_text,
} from './hostformat.mjs';
import { createHost } from './hostinstance.mjs';
import { doubleToString, resolveFormatSpec } from './pyformat.mjs';

describe('floatText', () => {
  it('gives doubleToString\'s text, ties rounded to even', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [0.125, 2.5, -2.5, 0.375, -0.0, 0, 1e-7, 5e-324, 1.7976931348623157e308, 1e21, 9.99e20, NaN, Infinity, -Infinity];
    for (let i = 0; i < 20000; i++) {
      values.push((random() - 0.5) * 10 ** (Math.floor(random() * 60) - 30));
      values.push(Math.round(random() * 1e6) / 2 ** Math.floor(random() * 12));
    }
    const failures: string[] = [];
    for (const x of values) {
      for (const precision of [0, 1, 2, 3, 6, 17, 25]) {
        for (const flags of [0, 1]) {
          const expected = doubleToString(x, 'f', precision, { alternate: flags === 1 });
          if (floatText(x, 'f', precision, flags) !== expected) failures.push(`${x} .${precision}f`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(floatText(0.125, '%', 1, 0)).toBe('12.5%');
    expect(floatText(1e100, 'e', 2, 0)).toBe('1.00e+100');
  });
});

describe('encodeSpec', () => {
  it('gives the ten fields the wasm formatter takes', () => {
    expect(encodeSpec(resolveFormatSpec('*^+#12,.3f', 'float'))).toEqual([3, 42, 94, 43, 12, 44, 3, 3, 102, 1]);
    expect(encodeSpec(resolveFormatSpec('', 'bool'))).toEqual([0, 32, 60, 0, 0, 0, 3, -1, 0, 0]);
    expect(encodeSpec(resolveFormatSpec('😀<5', 'str'))[1]).toBe(0x1f600);
  });
});

/** The imports over a fresh memory, with helpers to send and read text as the module does. */
function host() {
  const memory = new WebAssembly.Memory({ initial: 2 });
  const program = { scriptPath: 'test.py', sites: { paths: [], names: [], lines: [], frames: [] }, classNames: [], math1: [], math2: [] };
  const formatter = createHost(program, { write() {} }, { fmt_put, fmt_push, fmt_spec, fmt_apply, fmt_float, fmt_text });
  formatter.attach({ exports: { memory } } as unknown as WebAssembly.Instance);
  const imports = formatter.imports['host'] as Record<string, (...args: unknown[]) => number>;
  const scratch = 65536;
  const codes = () => new Uint32Array(memory.buffer, scratch, TEXT_CHUNK);
  const send = (text: string) => {
    const points = Array.from(text, (ch) => ch.codePointAt(0)!);
    for (let i = 0; i < points.length; i += TEXT_CHUNK) {
      const chunk = points.slice(i, i + TEXT_CHUNK);
      codes().set(chunk);
      imports.fmt_put!(chunk.length);
    }
  };
  /** The text of a result of length n, read as str_from_host reads it. */
  const read = (n: number) => {
    const points: number[] = [...codes().slice(0, Math.min(n, TEXT_CHUNK))];
    while (points.length < n) {
      const count = imports.fmt_text!(points.length);
      points.push(...codes().slice(0, count));
    }
    return String.fromCodePoint(...points);
  };
  /** The message of a failure, read as fmt_raise reads it. */
  const message = () => {
    let text = '';
    for (let start = 0, count; (count = imports.fmt_text!(start)) > 0; start += count) text += String.fromCodePoint(...codes().slice(0, count));
    return text;
  };
  const push = (kind: string, i = 0n, x = 0) => imports.fmt_push!(FORMAT_KINDS.indexOf(kind as never), i, x);
  const apply = (operation: string, positional = 0) => imports.fmt_apply!(FORMAT_OPERATIONS.indexOf(operation as never), positional);
  return { imports, send, read, message, push, apply };
}

describe('the fmt_* imports', () => {
  it('run `%` and str.format on pushed values, texts of any length both ways', () => {
    const h = host();
    const long = 'é'.repeat(TEXT_CHUNK * 2 + 5) + '😀';
    h.send('%s|%5d|%.1f|%r');
    h.push('str');
    h.send(long);
    h.push('str');
    h.push('int', -42n);
    h.push('float', 0n, 2.25);
    h.push('none');
    const n = h.apply('percent');
    const expected = `${long}|  -42|2.2|None`;
    expect(n).toBe(Array.from(expected).length);
    expect(h.read(n)).toBe(expected);
    h.send('{0}{name!r:>6}');
    h.push('str');
    h.push('bool', 1n);
    h.send('name');
    h.push('str');
    h.send('x');
    h.push('str');
    expect(h.read(h.apply('str.format', 1))).toBe("True   'x'");
  });

  it('return -code for an error, the message to read', () => {
    const h = host();
    h.send('%d');
    h.push('str');
    h.send('text');
    h.push('str');
    const code = h.apply('percent');
    expect(FORMAT_ERRORS[-code - 1]).toBe('TypeError');
    expect(h.message()).toBe('%d format: a real number is required, not str');
  });

  it('resolve a spec made at run time into the scratch area', () => {
    const h = host();
    h.send('>+10,');
    expect(h.imports.fmt_spec!(FORMAT_KINDS.indexOf('int'))).toBe(0);
    h.send('s');
    const code = h.imports.fmt_spec!(FORMAT_KINDS.indexOf('int'));
    expect(FORMAT_ERRORS[-code - 1]).toBe('ValueError');
    expect(h.message()).toBe("Unknown format code 's' for object of type 'int'");
  });
});
