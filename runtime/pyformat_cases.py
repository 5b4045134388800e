"""Writes runtime/pyformat.cases.json: the expected output of CPython for the cases that
runtime/pyformat.test.ts runs through runtime/pyformat.mjs.

Run it with CPython 3.11 from the repository root (`python3 runtime/pyformat_cases.py`) after
adding cases. The cases are format(value, spec) for int, float, str, bool and None, repr() of
floats, `format % values` and str.format, each with its result or its exception (type and
message). Floats are chosen to hit rounding ties of every presentation type, the extremes of
the double range and a seeded sample over many exponents.

Values are written tagged as runtime/format/values.mjs expects them, with ints as decimal text
and floats as their repr (which JavaScript reads back exactly, with 'inf' and 'nan' by name).
"""

import json
import math
import random
import struct
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name('pyformat.cases.json')


def tag(value):
    if value is None:
        return {'type': 'none'}
    if isinstance(value, bool):
        return {'type': 'bool', 'value': value}
    if isinstance(value, int):
        return {'type': 'int', 'value': str(value)}
    if isinstance(value, float):
        return {'type': 'float', 'value': repr(value)}
    if isinstance(value, str):
        return {'type': 'str', 'value': value}
    raise TypeError(value)


def outcome(compute):
    """The text `compute()` returns, or [exception type, message]."""
    try:
        return compute()
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as error:
        return [type(error).__name__, str(error)]


# ---------------------------------------------------------------- values

SPECIAL_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan,
    0.125, 0.375, 0.625, 0.875, 2.5, 1.5, 0.5, 3.5, -2.5, -0.5, 0.25, 0.75, 1.25, 1.125, 1.0,
    -1.0, 10.0, 100.0, 1e22, 1e23, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e15,
    9999999999999998.0, 1e17, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 123456.789, 1e-5, 1e-4, 0.0001,
    0.00012345, 99.995, 9.995, 0.995, 0.9999999, 999999.5, 9.5, 99.5, 1e100, 1.23e-18,
    2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e21, 1e-7, 123.456, -123.456, 1234567.0,
    0.05, 0.005, 0.045, 1.005, 2.675, 1e-10, 4.35, 0.0625, 1e300, -1e-300, 6.02214076e23,
]

SPECIAL_INTS = [
    0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, -1234, 65535, 123456789, -123456789,
    10 ** 15, 2 ** 31 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1,
    2 ** 64, 10 ** 30, -10 ** 30, 2 ** 1023, 65, 97, 0x1F600, 0x10FFFF, 0x110000,
]

# Too large for a float: formatted with a few specs only, to keep the fixture small.
HUGE_INTS = [10 ** 400, -10 ** 400]
HUGE_INT_SPECS = ['', 'd', ',', '_x', '#o', '>500', 'e', 'f', '%', 'g', 'c', 'n']

STRINGS = [
    '', 'abc', 'hello world', "it's", 'say "hi"', 'both \' and "', 'é中😀', 'x' * 20,
    'tab\there\nnew', 'back\\slash', '\x00\x7f\x1b', '\xa0\u2028\ufeff', 'ünïcödé', '𝔘',
]

# ---------------------------------------------------------------- format specs

FLOAT_SPECS = [
    '', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0f', '.1f', '.2f', '.3f', '.0e', '.1e', '.3e',
    '.10e', '.0g', '.1g', '.2g', '.5g', '.12g', '.17g', '.20f', '.30f', '.40e', '#g', '#.3g',
    '#.0f', '#.0e', '#', '.3', '.1', '.17', '.0%', '.2%', '+', ' ', '+.3f', ' .2e', 'z', 'z.1f',
    'z.3g', 'z.0f', ',', '_', ',.2f', '_.3f', '015,.2f', '010', '010.3e', '<12', '>12.3',
    '^15.4g', '=+12.2f', '*^20,.2f', 'x<10', '0<10', '08', '+08.2f', '.100f', '.60g', '#.10g',
    '025.10e', ',g', '_%', '.3n', '10n', '012,', '011_.1f', '-', '-10.2F', '#.0%', 'Z',
]

FLOAT_ERROR_SPECS = [
    'd', 'x', 'c', 's', 'b', 'o', 'X', 'y', ',n', '_n', ',_', '_,', '.', '5.2xf', '.f', 'é',
    ',é', '.2147483648f', '99999999999999999999', '.99999999999999999999f', '=', '\x01',
]

INT_SPECS = [
    '', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', ',', '_', '_b', '_x', '_o', '_X',
    '#_x', '010', '010,', '08,', '07,', '06,', '05,', '04,', '+', ' ', '-', '+,', '<10', '>10',
    '^10', '=10', '*^12', '0<8', '#010x', '+#012_b', 'e', 'E', 'f', '.2f', 'g', 'G', '%', '.3%',
    ',.2f', '.3e', ',d', '#d', '_d', '0', '00', '+010_d', ' #o', '#_b', '٣', '>٣', '.0e', '#n',
    '10n', 'x^9,', '#X', '-#x', '30,', '030_', '.20g', '',
]

INT_ERROR_SPECS = [
    '.2d', '.2', 'z', 'zd', '+c', '#c', ',c', ',x', ',b', ',n', 's', 'y', ',_', '_,', '.', 'dd',
    'é', ',é', ' c', '_c',
]

CHAR_SPECS = ['c', '>5c', '<3c', '^5c', '05c', '=5c', '*^5c']

STR_SPECS = [
    '', 's', '10', '<10', '>10', '^10', '^11', '.2', '10.2', '*^9', '😀>6', '.0', '0<5', '05',
    '>٣', '.5s', '^1', 'é<8', '<', '\n>4',
]

STR_ERROR_SPECS = [
    '=10', '+', ' ', '-', '#', 'z', ',', '_', 'd', 'x', '.s', '10.', 'ss', 'é', ',s', '_d', '0=5',
]

BOOL_SPECS = ['', 'd', '>5', '^7', 'x', 'f', 's', '.2f', '#b', 'c', '05', '+', 'n', 'z', '%', '<5']


def random_floats(rng, count):
    """Values over many exponents, bit patterns over the whole range, and ties m / 2**k."""
    values = []
    for _ in range(count):
        x = rng.uniform(1, 10) * 10.0 ** rng.randint(-30, 30)
        values.append(-x if rng.random() < 0.3 else x)
    for _ in range(count):
        (x,) = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))
        if math.isfinite(x):
            values.append(x)
    return values


def tie_cases(rng, count):
    """(x, spec) pairs whose exact decimal value ends in 5 just past the requested digits."""
    cases = []
    for _ in range(count):
        k = rng.randint(1, 24)
        x = rng.randint(1, 10 ** rng.randint(1, 8)) * 2 + 1
        value = x / 2 ** k
        if rng.random() < 0.3:
            value = -value
        exact = format(value, f'.{k}f').rstrip('0')
        places = len(exact.split('.')[1])
        significant = len(exact.lstrip('-').replace('.', '').lstrip('0'))
        cases.append((value, f'.{places - 1}f'))
        if significant > 1:
            cases.append((value, f'.{significant - 2}e'))
            cases.append((value, f'.{significant - 1}g'))
            cases.append((value, f'#.{significant - 1}g'))
            cases.append((value, f'.{significant - 1}'))
    return cases


def format_cases(rng):
    cases = []
    for x in SPECIAL_FLOATS:
        for spec in FLOAT_SPECS:
            cases.append((x, spec))
    for spec in FLOAT_ERROR_SPECS:
        cases.append((1.5, spec))
    for x in random_floats(rng, 150):
        for spec in rng.sample(FLOAT_SPECS, 8):
            cases.append((x, spec))
    cases.extend(tie_cases(rng, 300))
    for n in SPECIAL_INTS:
        for spec in INT_SPECS:
            cases.append((n, spec))
    for n in HUGE_INTS:
        for spec in HUGE_INT_SPECS:
            cases.append((n, spec))
    for n in [0, 65, 0x1F600, 0x10FFFF, 0x110000, -1, 2 ** 63, 2 ** 64]:
        for spec in CHAR_SPECS:
            cases.append((n, spec))
    for spec in INT_ERROR_SPECS:
        cases.append((5, spec))
    for _ in range(200):
        n = rng.getrandbits(rng.randint(1, 130)) * rng.choice([1, -1])
        cases.append((n, rng.choice(INT_SPECS)))
    for s in STRINGS:
        for spec in STR_SPECS:
            cases.append((s, spec))
    for spec in STR_ERROR_SPECS:
        cases.append(('abc', spec))
    for b in [True, False]:
        for spec in BOOL_SPECS:
            cases.append((b, spec))
    for spec in ['', '5', 's', '>4']:
        cases.append((None, spec))
    return [[tag(value), spec, outcome(lambda: format(value, spec))] for value, spec in cases]


def repr_cases(rng):
    values = SPECIAL_FLOATS + random_floats(rng, 600)
    values += [rng.randint(1, 10 ** 17) / 10 ** rng.randint(0, 20) for _ in range(300)]
    values += [float(2 ** e) for e in range(-1074, 1024, 7)]
    return [[repr(x), repr(x)] for x in values]


# ---------------------------------------------------------------- printf-style

PERCENT_INT_TEMPLATES = [
    '%d', '%i', '%u', '%5d', '%-5d', '%05d', '%+d', '% d', '%+05d', '%.3d', '%8.3d', '%-+8.3d',
    '%x', '%X', '%#x', '%#X', '%#o', '%o', '%#010x', '%-#10x', '% #x', '%+#x', '%#5.3x', '%ld',
    '%hd', '%-05d', '%0-5d', '%s', '%r', '%a', '%5s', '%.1s', '%c', '%f', '%e', '%g', '%+.2e',
    '%#08o', '% 010d', '%lx',
]

PERCENT_FLOAT_TEMPLATES = [
    '%f', '%.2f', '%10.3f', '%-10.3f', '%010.3f', '%+f', '% f', '%e', '%E', '%.0e', '%#.0e',
    '%g', '%G', '%#g', '%.3g', '%.0f', '%#.0f', '%F', '%.30f', '%.17g', '%s', '%r', '%.3s',
    '%12s', '%d', '%i', '%5d', '%x', '%o', '%c', '%+010.2f', '% e', '%#.3G', '%Lf', '%.0g',
]

PERCENT_OTHER = [
    ('%s', ['abc']), ('%r', ["it's"]), ('%a', ['é中😀']), ('%r', ['é中😀']), ('%.2s', ['abc']),
    ('%5.1s', ['abc']), ('%-6s|', ['ab']), ('%06s', ['ab']), ('%+s', ['ab']), ('%s', [None]),
    ('%r', [None]), ('%d', [None]), ('%d', ['1']), ('%x', ['a']), ('%f', ['1.0']),
    ('%f', [None]), ('%s', [True]), ('%r', [False]), ('%d', [True]), ('%x', [True]),
    ('%f', [True]), ('%c', [True]), ('%c', ['x']), ('%c', ['😀']), ('%c', ['ab']), ('%c', ['']),
    ('%c', [None]), ('%5c|%-3c|', ['a', 'b']), ('%*d', [5, 42]), ('%-*d|', [5, 42]),
    ('%*d|', [-5, 42]), ('%.*f', [2, 3.14159]), ('%*.*f', [10, 3, 3.14159]),
    ('%.*f', [-3, 3.14159]), ('%*d', ['a', 1]), ('%.*f', [2.0, 1.0]), ('%*s', [True, 'x']),
    ('%%', []), ('100%%', []), ('%5%', [1]), ('%5%', []), ('%', []), ('abc%', []),
    ('%5', [1]), ('%*', [1]), ('%.', [1]), ('%-', [1]), ('%.*', [1]), ('%y', [1]), ('%y', []),
    ('%é', [1]), ('%\x01', [1]), ('%(a)s', [1]), ('%s %s', [1]), ('%s', [1, 2]), ('abc', []),
    ('abc', [1]), ('%s-%r-%d', ['x', 'y', 3]), ('é%s😀%s', ['中', 1.5]), ('%d%%', [50]),
    ('%-%', [1]), ('%99999999999999999999d', [1]), ('%.99999999999999999999f', [1.0]),
    ('%*d', [2 ** 63, 1]), ('%*d|', [-2 ** 63, 5]), ('%-*d|', [-2 ** 63, 5]),
    ('%.*f', [-2 ** 31, 1.0]), ('%.*f', [-2 ** 31 - 1, 1.0]), ('%.*f', [2 ** 31, 1.0]), ('%s', ['']), ('%3s|', ['😀']),
    ('%.1s', ['😀x']), ('%c', [0x110000]), ('%c', [-1]), ('%c', [2 ** 70]), ('%c', [0x1F600]),
]


def percent_cases():
    cases = []
    for template in PERCENT_INT_TEMPLATES:
        for n in [0, 5, -5, 42, 255, -255, 123456, 2 ** 64, -2 ** 70, 65]:
            cases.append((template, [n]))
    for template in PERCENT_FLOAT_TEMPLATES:
        for x in [0.0, -0.0, 2.5, -3.99, 0.125, 1e16, 1.5e-7, 123456.789, 1e300, math.inf,
                  -math.inf, math.nan, 65.7, 2.0 ** 70]:
            cases.append((template, [x]))
    cases.extend(PERCENT_OTHER)
    return [[template, [tag(v) for v in values], outcome(lambda: template % tuple(values))]
            for template, values in cases]


# ---------------------------------------------------------------- str.format

NAMED = {'name': 'Ada', 'x': 3.14159, 'w': 10, 'p': 2, 'n': 1234567, 'flag': True,
         'nothing': None}

STR_FORMAT_CASES = [
    ('{}', [1]), ('{} {}', [1, 'a']), ('{0} {1} {0}', ['a', 'b']), ('{name}', []),
    ('{0:>5}', [42]), ('{:.2f}', [3.14159]), ('{!r}', ['hi']), ('{!s:>6}', ['hi']),
    ('{!a}', ['é😀']), ('{{}}', []), ('{{{}}}', [7]), ('{:{}}', [5, 4]),
    ('{:{}.{}f}', [3.14159, 10, 2]), ('{0:{1}}', ['ab', 5]), ('{:*^{}}', ['mid', 11]),
    ('{x:{w}.{p}f}', []), ('{n:,}', []), ('{n:_x}', []), ('{flag}', []), ('{flag:d}', []),
    ('{flag:>6}', []), ('{nothing}', []), ('{nothing!r}', []), ('{nothing:>5}', []),
    ('{!r:>8}', [None]), ('{}', [1.0]), ('{}', [1e16]), ('{}', [-0.0]), ('{:g}', [1e-5]),
    ('{:%}', [0.5]), ('{:,.2f}', [1234567.891]), ('{:08.3f}', [-3.14159]), ('{:+}', [5]),
    ('{:c}', [9731]), ('{:#b}', [10]), ('{0!r:^10}', ['x']), ('{!r:}', [1.5]),
    ('a{}b{}c', [1, 2]), ('{:}', ['plain']), ('{:>{w}}', ['r']), ('{0}{name}{1}', ['<', '>']),
    ('{00}', ['zero']), ('{١}', ['a', 'b']), ('{}', ['é中😀']), ('😀{}😀', ['x']),
    ('}', []), ('{', []), ('a}b', []), ('a{b', [1]), ('}}{{', []), ('{0}{}', [1, 2]),
    ('{}{0}', [1, 2]), ('{2}', [1, 2]), ('{}{}{}', [1, 2]), ('{missing}', []), ('{!x}', [1]),
    ('{0!}', [1]), ('{0!r', [1]), ('{!r', [1]), ('{0!rr}', [1]), ('{:{:{}}}', [1, 2, 3]),
    ('{a{b}', []), ('{0', [1]), ('{0:', [1]), ('{:d}', ['s']), ('{:s}', [1]), ('{!r:d}', [1]),
    ('{:>5}', [None]), ('{:{}}', [5, 'x']), ('{-1}', [1]), ('{ 0}', [1]), ('{0 }', [1]),
    ('{:.{}}', ['abcdef', 3]), ('{:{}{}}', [5, '>', 4]), ('{0:{1}{2}}', [5, '*', '^9']),
    ('{:}}', [1]), ('{0:}}}', [1]), ('{:{{}}}', [1]), ('{!s}', [True]), ('{:,}', [10 ** 20]),
    ('{:e}', [10 ** 400]), ('{:.3}', ['abcdef']), ('{:.3}', [3.14159]), ('{:=^9}', [-5]),
    ('{99999999999999999999}', [1]), ('{!\x01}', [1]), ('{!é}', [1]), ('{:é}', [1]),
]


def str_format_cases():
    return [[template, [tag(v) for v in positional], {k: tag(v) for k, v in NAMED.items()},
             outcome(lambda: template.format(*positional, **NAMED))]
            for template, positional in STR_FORMAT_CASES]


def to_json(cases):
    """The cases as JSON with one case a line, so that a change of CPython shows in a diff."""
    sections = []
    for key, value in cases.items():
        if isinstance(value, list):
            body = ',\n'.join(json.dumps(case) for case in value)
            sections.append(f'{json.dumps(key)}: [\n{body}\n]')
        else:
            sections.append(f'{json.dumps(key)}: {json.dumps(value)}')
    return '{\n' + ',\n'.join(sections) + '\n}\n'


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f'pyformat_cases.py needs CPython 3.11, not {sys.version.split()[0]}')
    rng = random.Random(20240601)
    cases = {
        'python': sys.version.split()[0],
        'format': format_cases(rng),
        'floatRepr': repr_cases(rng),
        'percent': percent_cases(),
        'strFormat': str_format_cases(),
    }
    OUTPUT.write_text(to_json(cases))
    total = sum(len(v) for v in cases.values() if isinstance(v, list))
    print(f'wrote {total} cases to {OUTPUT}')


if __name__ == '__main__':
    main()
