# math's integer functions: gcd and lcm of any number of ints, isqrt up to 2**63-1, factorial, comb and perm, with CPython's ValueErrors.
import math
print(math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(12, -18, 8), math.lcm(4, 6), math.lcm(), math.lcm(3, 0, 5))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(100), math.isqrt(2**62), math.isqrt(9223372036854775807))
print(math.factorial(0), math.factorial(20), math.comb(10, 3), math.comb(3, 5), math.comb(60, 30), math.comb(66, 33))
print(math.perm(5), math.perm(5, 2), math.perm(3, 4))
for f, args in [("isqrt", (-1, 0)), ("factorial", (-2, 0)), ("comb", (-1, 2)), ("comb", (3, -1)), ("perm", (2, -1))]:
    try:
        if f == "isqrt":
            math.isqrt(args[0])
        elif f == "factorial":
            math.factorial(args[0])
        elif f == "comb":
            math.comb(args[0], args[1])
        else:
            math.perm(args[0], args[1])
    except ValueError as e:
        print(f, "ValueError:", e)
