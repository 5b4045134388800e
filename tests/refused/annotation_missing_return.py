# Falling off the end of a function returns None, which `-> int` does not admit.
import sys


def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1


print(sign(len(sys.argv)))
