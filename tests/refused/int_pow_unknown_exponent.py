# Refused: int ** int where the exponent may be negative: CPython returns a float for a
# negative exponent and an int otherwise, so the result has no single static type.
import sys


def power(base, exponent):
    return base ** exponent


print(power(2, len(sys.argv) - 3))
