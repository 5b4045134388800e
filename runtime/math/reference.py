"""The correctly rounded value of each function in runtime/math/, with C's special values: the
reference that cases.py and check.py compare against. CPython's own math module is not that
reference, since glibc's libm misrounds some results (see cases.py).

Finite results come from mpmath at 400 bits, rounded with Python's correctly rounded int/int
division; a result too close to a rounding boundary is recomputed at 3000 bits. pow's exact
dyadic results and hypot are computed exactly with integers.
"""

import math
from fractions import Fraction

import mpmath

INF = math.inf


def round_fraction(value):
    """The double nearest to a Fraction (ties to even), inf past the overflow threshold."""
    if value == 0:
        return 0.0
    try:
        return value.numerator / value.denominator
    except OverflowError:
        return INF if value > 0 else -INF


def mpf_fraction(v):
    sign, man, exp, _ = v._mpf_
    return (-1) ** sign * Fraction(man) * Fraction(2) ** exp


def settle(compute, extra=0):
    """Round compute() (an mpf) once, raising precision until the rounding is certain; `extra`
    bits are added for arguments that need them (trig range reduction of huge inputs)."""
    for prec in (400 + extra, 3000 + extra):
        with mpmath.workprec(prec):
            v = compute()
            if v == 0:
                return 0.0
            f = mpf_fraction(v)
            slack = abs(f) / (Fraction(2) ** (prec - 20))
            low, high = round_fraction(f - slack), round_fraction(f + slack)
            if low == high:
                return low
    raise ValueError('cannot settle rounding')


def exact_power(x, y):
    """x ** y as a Fraction when it is a dyadic rational, else None (x > 0, y finite)."""
    fx, fy = Fraction(x), Fraction(y)
    num, den = fy.numerator, fy.denominator
    if den & (den - 1):
        return None
    # x ** (num/den) is dyadic iff x is a den-th power of a dyadic (for x != power of two)
    k = den.bit_length() - 1
    base = fx
    for _ in range(k):
        n, d = base.numerator, base.denominator
        rn, rd = math.isqrt(n), math.isqrt(d)
        if rn * rn != n or rd * rd != d:
            return None
        base = Fraction(rn, rd)
    n, d = base.numerator, base.denominator
    if n & (n - 1) == 0 and d & (d - 1) == 0:  # a power of two
        e = (n.bit_length() - d.bit_length()) * num
        return Fraction(2) ** e if abs(e) <= 5000 else None
    if num < 0 or (n.bit_length() - 1) * num > 200:
        return None
    return base ** num


def cr_pow(x, y):
    ax = abs(x)
    sign = -1.0 if x < 0 and y == int(y) and int(y) % 2 else 1.0
    e = exact_power(ax, y)
    if e is not None:
        return sign * round_fraction(e)
    magnitude = y * math.log2(ax)
    if abs(magnitude) > 1200:
        return sign * (INF if magnitude > 0 else 0.0)
    return sign * settle(lambda: mpmath.power(mpmath.mpf(ax), mpmath.mpf(y)))


def cr_hypot(x, y):
    fx, fy = Fraction(abs(x)), Fraction(abs(y))
    s = fx * fx + fy * fy
    if s == 0:
        return 0.0
    # sqrt(n/d) with a sticky bit: scale so that the root has >= 64 bits
    n, d = s.numerator, s.denominator  # d is a power of two
    shift = max(0, 140 - n.bit_length() + d.bit_length())
    shift += (shift + d.bit_length() - 1) & 1
    scaled = n * (1 << shift)
    dexp = d.bit_length() - 1 + shift  # root = sqrt(scaled) / 2^(dexp/2)
    r = math.isqrt(scaled)
    num = 2 * r + (0 if r * r == scaled else 1)
    return round_fraction(Fraction(num, 1 << (dexp // 2 + 1)))


MP = {
    'exp': mpmath.exp, 'expm1': mpmath.expm1, 'log': mpmath.log, 'log10': mpmath.log10,
    'log1p': mpmath.log1p, 'sin': mpmath.sin, 'cos': mpmath.cos, 'tan': mpmath.tan,
    'asin': mpmath.asin, 'acos': mpmath.acos, 'atan': mpmath.atan, 'sinh': mpmath.sinh,
    'cosh': mpmath.cosh, 'tanh': mpmath.tanh,
    'log2': lambda v: mpmath.log(v, 2),
}


def c_special(name, args):
    """C's value where CPython raises for a finite or infinite input (pole, domain, overflow)."""
    x = args[0]
    if name in ('log', 'log2', 'log10'):
        return -INF if x == 0 else math.nan
    if name == 'log1p':
        return -INF if x == -1 else math.nan
    if name == 'pow':
        y = args[1]
        if x == 0 and y < 0:
            odd = y == int(y) and int(y) % 2 == 1
            return math.copysign(INF, x) if odd else INF
    return None


def reference(name, args):
    """The correctly rounded result with C's special values."""
    fn = getattr(math, name)
    special = any(math.isnan(a) or math.isinf(a) for a in args)
    try:
        cp = fn(*args)
    except ValueError:
        c = c_special(name, args)
        return math.nan if c is None else c
    except OverflowError:
        cp = None
    if name == 'fmod':
        return cp
    if special:
        if cp is None:
            raise AssertionError((name, args))
        return cp
    if name == 'pow':
        x, y = args
        if cp is not None and (x == 0 or y == 0 or x == 1 or math.isnan(cp)):
            return cp
        if x < 0 and y != int(y):
            return math.nan
        return cr_pow(x, y)
    if name == 'hypot':
        return cr_hypot(*args)
    if name == 'atan2':
        y, x = args
        if y == 0:
            return cp
        return settle(lambda: mpmath.atan2(mpmath.mpf(y), mpmath.mpf(x)))
    x = args[0]
    saturated = {'exp': 800, 'expm1': 800, 'sinh': 800, 'cosh': 800, 'tanh': 30}
    if name in saturated and abs(x) > saturated[name]:
        return {'exp': 0.0 if x < 0 else INF, 'expm1': -1.0 if x < 0 else INF,
                'sinh': math.copysign(INF, x), 'cosh': INF, 'tanh': math.copysign(1.0, x)}[name]
    if x == 0 and name not in ('exp', 'cos', 'cosh', 'acos'):
        return x  # odd functions, log1p and expm1 keep the sign of zero
    if name in ('log', 'log2', 'log10') and x == 1:
        return 0.0
    if name == 'acos' and x == 1:
        return 0.0
    extra = max(0, math.frexp(x)[1]) if name in ('sin', 'cos', 'tan') else 0
    return settle(lambda: MP[name](mpmath.mpf(x)), extra)
