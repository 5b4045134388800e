"""Test inputs for runtime/math/: random doubles over each function's exponent ranges, inputs
next to the points where a function is hard (multiples of pi/2, 1 for logs, the overflow and
underflow thresholds) and IEEE special values. Shared by cases.py (the fixture) and check.py
(the large random check).
"""

import math
import random
import struct

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           -2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e+308,
           -1.7976931348623157e+308, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0]


def from_bits(bits):
    return struct.unpack('<d', struct.pack('<Q', bits))[0]


def to_bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def neighbours(x, count):
    """x and the `count` doubles on either side of it."""
    if not math.isfinite(x):
        return [x]
    out = [x]
    up = down = x
    for _ in range(count):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out


def rand_float(rng, lo_exp, hi_exp, signed=True):
    """A double with a uniformly random mantissa and exponent in [lo_exp, hi_exp]."""
    e = rng.randint(lo_exp, hi_exp)
    m = 1 + rng.getrandbits(52) / 2 ** 52
    x = math.ldexp(m, e)
    if signed and rng.random() < 0.5:
        x = -x
    return x


# (lowest exponent, highest exponent, signed) of the random inputs, per function
RANGES = {
    'exp': [(-60, 9, True), (-5, 3, True)], 'expm1': [(-60, 9, True), (-12, 1, True)],
    'log': [(-1074, 1023, False), (-1, 0, False)], 'log2': [(-1074, 1023, False), (-1, 0, False)],
    'log10': [(-1074, 1023, False), (-1, 0, False)], 'log1p': [(-60, 1023, False), (-60, -1, True)],
    'sin': [(-30, 1023, True), (-5, 25, True)], 'cos': [(-30, 1023, True), (-5, 25, True)],
    'tan': [(-30, 1023, True), (-5, 25, True)], 'asin': [(-60, -1, True)], 'acos': [(-60, -1, True)],
    'atan': [(-60, 1023, True), (-8, 8, True)], 'sinh': [(-60, 9, True), (-5, 4, True)],
    'cosh': [(-60, 9, True), (-5, 4, True)], 'tanh': [(-60, 5, True), (-5, 2, True)],
}


def random_unary(name, rng):
    lo, hi, signed = rng.choice(RANGES[name])
    x = rand_float(rng, lo, hi, signed)
    if name in ('exp', 'expm1') and abs(x) > 760:
        x = math.copysign(rng.uniform(0, 760), x)
    if name in ('sinh', 'cosh') and abs(x) > 720:
        x = math.copysign(rng.uniform(0, 720), x)
    if name in ('asin', 'acos'):
        x = math.copysign(min(abs(x), 1.0), x)
    return (x,)


def random_binary(name, rng):
    if name == 'pow':
        kind = rng.random()
        if kind < 0.4:
            x = rand_float(rng, -20, 20, False)
            y = rand_float(rng, -6, 6, True)
        elif kind < 0.6:
            x = rand_float(rng, -1074, 1023, False)
            y = rng.uniform(-1, 1) * 700 / max(1e-300, abs(math.log(x)))
        elif kind < 0.75:
            x = 1 + rand_float(rng, -52, -2, True)
            y = rand_float(rng, 0, 60, True)
        elif kind < 0.9:
            x = rand_float(rng, -10, 10, True)
            y = float(rng.randint(-60, 60))
        else:
            x = float(rng.randint(1, 2 ** rng.randint(1, 26)))
            y = rng.choice([0.5, 1.5, 2.0, 3.0, 0.25, -0.5, 1 / 3, 2.5])
        return (x, y)
    if name == 'atan2':
        return (rand_float(rng, -1074, 1023), rand_float(rng, -1074, 1023)) if rng.random() < 0.3 else \
            (rand_float(rng, -20, 20), rand_float(rng, -20, 20))
    if name == 'hypot':
        if rng.random() < 0.3:
            return (rand_float(rng, -1074, 1023), rand_float(rng, -1074, 1023))
        e = rng.randint(-1070, 1020)
        return (rand_float(rng, e - 30, e + 3), rand_float(rng, e - 30, e + 3))
    if name == 'fmod':
        return (rand_float(rng, -1074, 1023), rand_float(rng, -1074, 1023)) if rng.random() < 0.5 else \
            (rand_float(rng, -10, 60), rand_float(rng, -10, 10))
    raise KeyError(name)


def hard_unary(name):
    """Inputs next to the hard points of a function."""
    xs = list(SPECIAL)
    if name in ('sin', 'cos', 'tan'):
        for k in list(range(1, 40)) + [10 ** 5, 10 ** 9, 2 ** 40 + 7, 10 ** 15, 2 ** 60 + 1]:
            xs += neighbours(k * math.pi / 2, 2) + [-k * math.pi / 2]
        xs += [1e300, 1e22, 2.0 ** 1023, 6381956970095103 * 2.0 ** 797, 5.319372648326541e+255,
               2.0 ** -26, 1e-8, 0.7853981633974483, 0.7853981633974484, 2.0 ** 20, 2.0 ** 30]
    if name in ('log', 'log2', 'log10', 'log1p'):
        xs += neighbours(1.0, 20) + [10.0 ** k for k in range(-20, 23)] + [2.0 ** k for k in range(-1074, 1024, 37)]
        xs += neighbours(0.0, 5)[1:] + [-1.0 + 2 ** -53, -0.5, 1e-300, 1e300]
        if name == 'log1p':
            xs += neighbours(-1.0, 5) + [2.0 ** -k for k in range(1, 70, 3)]
    if name in ('exp', 'expm1', 'sinh', 'cosh'):
        for t in (709.782712893384, 709.7827128933841, 710.4758600739439, 710.475860073944,
                  -708.3964185322641, -745.1332191019411, -745.1332191019412, -744.44007192138122,
                  -38.0, 37.42994775023704, 22.0, 0.5, -0.5, math.log(2) / 2):
            xs += neighbours(t, 4)
        xs += [2.0 ** -k for k in range(1, 60, 2)] + [-2.0 ** -k for k in range(1, 60, 2)] + [1e-300, -1e-300]
        xs += [40 + k * 0.37 for k in range(110)] + [41.9459747045518, 41.30249257410623, -40.5, -79.9]
    if name == 'tanh':
        xs += [2.0 ** -k for k in range(1, 60, 2)] + neighbours(19.06, 3) + neighbours(22.0, 3) + [1e-300, 0.55]
    if name in ('asin', 'acos'):
        xs += neighbours(1.0, 10) + neighbours(-1.0, 10) + neighbours(0.5, 3) + [2.0 ** -k for k in range(1, 60, 3)]
        xs = [x for x in xs if not (math.isfinite(x) and abs(x) > 1)] + [1.5, -2.0]
    if name == 'atan':
        xs += neighbours(1.0, 5) + [2.0 ** k for k in range(-1074, 1024, 29)] + [1e300, -1e300, 2.0 ** 60]
    return [(x,) for x in xs]


def hard_binary(name):
    values = SPECIAL + [3.0, -3.0, 0.25, 1e300, 1e-300, 2.5, -2.5, 0.1]
    pairs = [(x, y) for x in values for y in values]
    if name == 'pow':
        pairs += [(x, y) for x in (2.0, 10.0, 0.5, 7.0, 1.0000000000000002, 0.9999999999999999)
                  for y in (1075.0, -1075.0, 1074.0, -1074.0, 1024.0, 1023.5, -1022.5, 0.5, 1 / 3, 2 ** 60)]
        pairs += [((2 ** 18 + 1) ** 2 * 1.0, 1.5), (9.0, 0.5), (2.0 ** -1074, 0.5), (2.0 ** -1074, 1.5),
                  (16.0, 0.25), (-2.0, 1075.0), (-2.0, -1075.0), (-8.0, 1 / 3), (134217729.0, 2.0),
                  (10.0, 308.25), (0.1, 3.0), (-1.0, math.inf), (1.0, math.nan), (math.nan, 0.0)]
    if name == 'hypot':
        pairs += [(3.0, 4.0), (5e-324, 5e-324), (1.7976931348623157e+308, 1.7976931348623157e+308),
                  (1e308, 1e308), (1.0, 1e-30), (134217729.0, 134217728.0)]
    if name == 'atan2':
        pairs += [(1e-300, 1e300), (1e300, 1e-300), (-1e-300, -1e300), (5e-324, 1.0), (5e-324, 2.0),
                  (1.5e-323, 2.0), (1.0, 1.0000000000000002), (-0.0, -1.0)]
    if name == 'fmod':
        pairs += [(1e300, 3.0), (5e-324, 2.0), (-7.5, 2.0), (1e22, 0.1)]
    return pairs


def inputs(name, count, seed):
    """The hard inputs of a function followed by random ones, `count` in all."""
    rng = random.Random(f'{name}-{seed}')
    unary = name in RANGES
    out = hard_unary(name) if unary else hard_binary(name)
    while len(out) < count:
        out.append(random_unary(name, rng) if unary else random_binary(name, rng))
    return out
