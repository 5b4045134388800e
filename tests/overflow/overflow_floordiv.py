# Wyrm's ints are 64-bit: the one floor division that overflows is the smallest int divided by
# -1, whose quotient 2**63 does not fit.
import sys

SMALLEST = -sys.maxsize - 1


def halve_and_negate(x, d):
    return x // d


for d in [2, 3, -2, -3, 7]:
    print(d, halve_and_negate(SMALLEST, d), SMALLEST % d)
print(halve_and_negate(sys.maxsize, -1))
print(halve_and_negate(SMALLEST + 1, -1))
print(halve_and_negate(SMALLEST, -1))
print("not reached")
