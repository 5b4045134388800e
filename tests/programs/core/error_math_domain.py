# ValueError from math.sqrt of a negative number: "math domain error".
import math


def roots(a, b, c):
    disc = b * b - 4 * a * c
    r = math.sqrt(disc)
    return (-b + r) / (2 * a)


def check(a, b, c):
    x = roots(a, b, c)
    print("root", x, "residual", a * x * x + b * x + c)


check(1.0, -3.0, 2.0)
check(1.0, 2.0, 1.0)
print(math.sqrt(0.0), math.sqrt(4))
print(math.sqrt(-1))
print("not reached")
