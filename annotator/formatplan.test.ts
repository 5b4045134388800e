// The format planner against CPython: every case of runtime/pyformat.cases.json is planned from
// the types of its values, then the plan is carried out in JavaScript the way the wasm
// formatter carries it out (pieces, conversions, resolved specs laid out by layoutNumber). The
// plan's error, or its text, must be CPython's.

import { describe, expect, it } from 'vitest';
import {
  PythonError, layoutNumber, pyRepr, pyStr, resolveFormatSpec, type PyValue, type ResolvedSpec,
} from '../runtime/pyformat.mjs';
import { floatText, encodeSpec } from '../runtime/hostformat.mjs';
import { decodeValue, loadFormatCases, type Outcome } from '../runtime/formatcases.ts';
import {
  FormatUnsupported, planFormat, planPercent, planTemplate, type FormatPiece, type FormatPlan, type FormatValueInfo,
} from './formatplan.ts';

const cases = loadFormatCases();
const decode = decodeValue;

function info(value: PyValue): FormatValueInfo {
  return { kind: value.type, typeName: value.type === 'none' ? 'NoneType' : value.type };
}

const error = (type: string, message: string) => new PythonError(type as never, message);

/** What the wasm formatter does with a value and a resolved spec. */
function layout(value: PyValue, spec: ResolvedSpec): string {
  expect(encodeSpec(spec)).toHaveLength(10);
  switch (spec.path) {
    case 'text': return pyStr(value);
    case 'str': {
      let chars = Array.from(value.value as string);
      if (spec.precision >= 0) chars = chars.slice(0, spec.precision);
      const padding = Math.max(0, spec.width - chars.length);
      const left = spec.align === '>' ? padding : spec.align === '^' ? Math.floor(padding / 2) : 0;
      return spec.fill.repeat(left) + chars.join('') + spec.fill.repeat(padding - left);
    }
    case 'int': {
      const n = value.type === 'bool' ? (value.value ? 1n : 0n) : (value.value as bigint);
      const parts = { negative: false, prefix: '', digits: '', hasDecimalPoint: false, remainder: '', upper: spec.type === 'X' };
      if (spec.type === 'c') {
        // Beyond 64 bits only in the fixture: Wyrm's ints always fit a C long.
        if (n < -(2n ** 63n) || n >= 2n ** 63n) throw error('OverflowError', 'Python int too large to convert to C long');
        if (n < 0n || n > 0x10ffffn) throw error('OverflowError', '%c arg not in range(0x110000)');
        parts.remainder = String.fromCodePoint(Number(n));
      } else {
        const base = { b: 2, o: 8, x: 16, X: 16 }[spec.type] ?? 10;
        parts.negative = n < 0n;
        parts.digits = (n < 0n ? -n : n).toString(base).padStart(spec.precision, '0');
        if (spec.alternate && base !== 10) parts.prefix = `0${spec.type.toLowerCase()}`;
      }
      return layoutNumber(parts, spec, true);
    }
    case 'float': {
      let x: number;
      if (value.type === 'float') x = value.value;
      else {
        x = Number(value.type === 'bool' ? Number(value.value) : value.value);
        if (!Number.isFinite(x)) throw error('OverflowError', 'int too large to convert to float');
      }
      const flags = encodeSpec(spec)[9]!;
      let text = floatText(x, spec.type, spec.precision, flags);
      const negative = text.startsWith('-');
      if (negative) text = text.slice(1);
      const digits = /^[0-9]*/.exec(text)![0];
      const hasDecimalPoint = text[digits.length] === '.';
      const remainder = text.slice(digits.length + (hasDecimalPoint ? 1 : 0));
      return layoutNumber({ negative, prefix: '', digits, hasDecimalPoint, remainder, upper: false }, spec, true);
    }
  }
}

/** Carries out a plan's pieces for these values. */
function carryOut(pieces: FormatPiece[], values: PyValue[]): string {
  let text = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      text += piece.text;
      continue;
    }
    let value = values[piece.value]!;
    switch (piece.conversion) {
      case 'str': value = { type: 'str', value: pyStr(value) }; break;
      case 'repr': value = { type: 'str', value: pyRepr(value) }; break;
      case 'trunc': {
        const x = value.value as number;
        if (Number.isNaN(x)) throw error('ValueError', 'cannot convert float NaN to integer');
        if (!Number.isFinite(x)) throw error('OverflowError', 'cannot convert float infinity to integer');
        value = { type: 'int', value: BigInt(Math.trunc(x)) };
        break;
      }
      case 'char':
        if (value.type === 'str') {
          if (Array.from(value.value).length !== 1) throw error('TypeError', '%c requires int or char');
        } else {
          const n = value.type === 'bool' ? (value.value ? 1n : 0n) : (value.value as bigint);
          if (n < 0n || n > 0x10ffffn) throw error('OverflowError', '%c arg not in range(0x110000)');
          value = { type: 'str', value: String.fromCodePoint(Number(n)) };
        }
        break;
    }
    const spec = piece.spec ?? resolveFormatSpec(carryOut(piece.specParts, values), value.type);
    text += layout(value, spec);
  }
  return text;
}

/** The plan's outcome, in the fixture's form; null when the plan leaves the work to the host. */
function outcome(plan: () => FormatPlan, values: PyValue[]): Outcome | null {
  let result: FormatPlan;
  try {
    result = plan();
  } catch (e) {
    if (e instanceof FormatUnsupported) return null;
    throw e;
  }
  if (result.kind === 'runtime') return null;
  if (result.kind === 'error') return [result.error.pythonType, result.error.message];
  try {
    return carryOut(result.pieces, values);
  } catch (e) {
    if (e instanceof PythonError) return [e.pythonType, e.message];
    throw e;
  }
}

function check<T>(list: T[], run: (item: T) => Outcome | null, expected: (item: T) => Outcome, label: (item: T) => string) {
  const failures: string[] = [];
  let planned = 0;
  for (const item of list) {
    const got = run(item);
    if (got === null) continue;
    planned += 1;
    if (JSON.stringify(got) !== JSON.stringify(expected(item))) failures.push(`${label(item)}: expected ${JSON.stringify(expected(item))}, got ${JSON.stringify(got)}`);
  }
  expect(failures.slice(0, 20)).toEqual([]);
  return planned;
}

describe('format plans', () => {
  it('give CPython\'s format(value, spec) for a constant spec', () => {
    const planned = check(
      cases.format,
      ([value, spec]) => {
        const v = decode(value);
        return outcome(() => planFormat(spec, info(v)), [v]);
      },
      ([, , expected]) => expected,
      ([value, spec]) => `format(${JSON.stringify(value)}, ${JSON.stringify(spec)})`,
    );
    expect(planned).toBe(cases.format.length);
  });

  it('give CPython\'s format % values for a constant format', () => {
    const planned = check(
      cases.percent,
      ([format, values]) => {
        const vs = values.map(decode);
        return outcome(() => planPercent(format, vs.map(info)), vs);
      },
      ([, , expected]) => expected,
      ([format, values]) => `${JSON.stringify(format)} % ${JSON.stringify(values)}`,
    );
    expect(planned).toBeGreaterThan(cases.percent.length * 0.9);
  });

  it('give CPython\'s str.format for a constant template', () => {
    const planned = check(
      cases.strFormat,
      ([template, positional, named]) => {
        const vs = [...positional.map(decode), ...Object.values(named).map(decode)];
        const namedInfo = new Map(Object.entries(named).map(([k, v]) => [k, info(decode(v))]));
        return outcome(() => planTemplate(template, positional.map(decode).map(info), namedInfo), vs);
      },
      ([, , , expected]) => expected,
      ([template, positional]) => `${JSON.stringify(template)}.format(${JSON.stringify(positional)})`,
    );
    expect(planned).toBeGreaterThan(cases.strFormat.length * 0.8);
  });

  it('leave value-dependent errors to the run time and refuse what Wyrm does not translate', () => {
    expect(planPercent('%c', [{ kind: 'int', typeName: 'int' }]).kind).toBe('pieces');
    expect(planPercent('%*d', [{ kind: 'int', typeName: 'int' }, { kind: 'int', typeName: 'int' }]).kind).toBe('runtime');
    expect(planPercent('%d', [{ kind: 'object', typeName: 'list' }])).toMatchObject({ kind: 'error' });
    expect(planPercent('hello', [{ kind: 'object', typeName: 'list' }], true).kind).toBe('pieces');
    expect(() => planTemplate('{0.real}', [{ kind: 'int', typeName: 'int' }], new Map())).toThrow(FormatUnsupported);
    expect(planFormat('>5', { kind: 'object', typeName: 'list' })).toMatchObject({ kind: 'error' });
  });
});
