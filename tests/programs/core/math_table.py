# A table of exp, log, sin and cos at many points: each value must be the float CPython's libm
# gives, digit for digit (the shortest repr exposes a difference of one unit in the last place).
import math


def row(x):
    print(x, math.exp(x / 10), math.log(x), math.sin(x), math.cos(x), math.exp(-x))


x = 0.173
for i in range(12):
    row(x)
    x = x * 1.7
for i in range(1, 13):
    row(i * 0.5)

# Functions of each other: these round twice, so they need every digit right too.
total = 0.0
for i in range(1, 50):
    total += math.log(math.exp(i * 0.1)) - i * 0.1
print("round trips", total)
print(math.sin(math.pi), math.cos(math.pi / 2), math.exp(math.log(7.0)), math.log(math.e ** 3))
