# Builtin functions on numbers and characters, written in the translatable subset and
# translated with each program that uses them: ord, chr, divmod, pow with a modulus, round
# without ndigits, hex, oct and bin, with CPython 3.11's results and error messages.

from __wyrm__ import code_at, str_from_code


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


def builtin_pow(base, exp):
    return base ** exp
