# Builtin functions on numbers and characters, written in the translatable subset and
# translated with each program that uses them: ord, chr, divmod, pow with a modulus, round
# (with ndigits too), hex, oct and bin, and math's integer functions (gcd, lcm, isqrt,
# factorial, comb, perm), with CPython 3.11's results and error messages.

from __wyrm__ import code_at, float_round, str_from_code


def builtin_ord(c):
    if len(c) != 1:
        raise TypeError("ord() expected a character, but string of length " + str(len(c)) + " found")
    return code_at(c, 0)


def builtin_chr(i):
    if i < 0 or i > 1114111:
        raise ValueError("chr() arg not in range(0x110000)")
    return str_from_code(i)


def builtin_divmod(a, b):
    return a // b, a % b


def builtin_pow_mod(base, exp, mod):
    if mod == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    if exp < 0:
        raise ValueError("pow() negative exponent is not supported by Wyrm")
    m = -mod if mod < 0 else mod
    result = 1 % m
    b = base % m
    e = exp
    while e > 0:
        if e & 1:
            result = _mul_mod(result, b, m)
        b = _mul_mod(b, b, m)
        e >>= 1
    if mod < 0 and result != 0:
        result += mod
    return result


def _mul_mod(a, b, m):
    # a * b % m without overflowing 64 bits: double-and-add when the product would not fit.
    if a < 3037000499 and b < 3037000499:
        return a * b % m
    result = 0
    x = a
    y = b
    while y > 0:
        if y & 1:
            result = (result + x) % m if result < m - x else result - (m - x)
        x = x + x if x < m - x else x - (m - x)
        y >>= 1
    return result


def builtin_round_float(x):
    # Round half to even, as CPython does; int() of inf or nan raises as CPython's round() does.
    if x != x:
        raise ValueError("cannot convert float NaN to integer")
    if x - x != 0.0:
        raise OverflowError("cannot convert float infinity to integer")
    floor = int(x // 1.0)
    diff = x - floor
    if diff > 0.5 or (diff == 0.5 and floor % 2 == 1):
        return floor + 1
    return floor


def _digits(n, base, prefix):
    if n == 0:
        return prefix + "0"
    # Work on the negative magnitude: -(2**63) has no positive counterpart in 64 bits.
    m = n if n < 0 else -n
    out = []
    digits = "0123456789abcdef"
    while m != 0:
        out.append(digits[-(m % -base)])
        m = (m + base - 1) // base
    out.reverse()
    return ("-" if n < 0 else "") + prefix + "".join(out)


def builtin_hex(n):
    return _digits(n, 16, "0x")


def builtin_oct(n):
    return _digits(n, 8, "0o")


def builtin_bin(n):
    return _digits(n, 2, "0b")


def builtin_round_int(n):
    return n


def builtin_round_int_digits(number, ndigits):
    # round(n, ndigits) of an int: n itself for ndigits >= 0, else half to even at 10**-ndigits.
    if ndigits >= 0:
        return number
    if ndigits < -18:
        # |n| < 10**19: the result is 0, or 10**19 (beyond 64 bits) past the half.
        if ndigits == -19 and (number > 5000000000000000000 or number < -5000000000000000000):
            raise OverflowError("integer result does not fit in 64 bits")
        return 0
    p = 1
    for _ in range(-ndigits):
        p *= 10
    q = number // p
    r = number - q * p
    if 2 * r > p or (2 * r == p and q % 2 == 1):
        q += 1
    return q * p


def builtin_round_float_digits(number, ndigits):
    # CPython's double_round: the exact value rounded half to even at ndigits decimal places,
    # then read back correctly rounded (the host does both exactly).
    y = float_round(number, ndigits)
    if y - y != 0.0 and number - number == 0.0:
        raise OverflowError("rounded value too large to represent")
    return y


def builtin_pow(base, exp):
    return base ** exp


def _gcd2(a, b):
    a = abs(a)
    b = abs(b)
    while b != 0:
        a, b = b, a % b
    return a


def math_gcd(*numbers):
    result = 0
    for n in numbers:
        result = _gcd2(result, n)
    return result


def math_lcm(*numbers):
    result = 1
    for n in numbers:
        if n == 0:
            return 0
        result = abs(result // _gcd2(result, n) * n)
    return result


def math_isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # Newton's iteration from above: x only decreases until it is the floor of the root.
    x = n
    y = x // 2 + 1
    if y < x:
        x = y
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def math_factorial(n):
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def _check_nk(n, k):
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")


def math_comb(n, k):
    _check_nk(n, k)
    if k > n:
        return 0
    if k > n - k:
        k = n - k
    # result * (n - k + i) / i is an integer at each step; dividing by their gcd first keeps the
    # intermediate product from overflowing when the result itself fits in 64 bits.
    result = 1
    for i in range(1, k + 1):
        g = _gcd2(result, i)
        result = (result // g) * ((n - k + i) // (i // g))
    return result


def math_perm(n, k):
    _check_nk(n, k)
    if k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result
