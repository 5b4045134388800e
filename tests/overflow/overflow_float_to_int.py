# Wyrm's ints are 64-bit: converting a float of 2**63 or more to an int (with int() or
# math.floor) raises OverflowError, where CPython returns a big int.
import math


def as_int(x):
    return int(x)


x = 1.0
for i in range(18):
    x = x * 10
    if i % 4 == 0:
        print(i, x, as_int(x), math.floor(x + 0.5))
print("largest", as_int(9.2e18), math.floor(-9.2e18))
print(math.floor(x * 10))
print("not reached")
