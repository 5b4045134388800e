# Wyrm's ints are 64-bit: negating the smallest int gives 2**63, which does not fit, so unary
# minus raises OverflowError there (and nowhere else).
import sys


def negate_all(values):
    out = []
    for v in values:
        out.append(-v)
    return out


SMALLEST = -sys.maxsize - 1
print(negate_all([1, -2, 0, sys.maxsize]))
print(negate_all([SMALLEST + 1]))
print("smallest", SMALLEST, "largest", -(SMALLEST + 1))
print(negate_all([5, SMALLEST, 6]))
print("not reached")
