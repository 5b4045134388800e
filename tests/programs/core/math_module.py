# The math module: sqrt, floor, ceil, pi, e, sin, cos, exp, log, fabs. floor and ceil return
# ints; the others return floats.
import math

print(math.pi, math.e)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(0), math.sqrt(1e100))
print(math.floor(2.5), math.floor(-2.5), math.floor(3), math.floor(-0.5))
print(math.ceil(2.5), math.ceil(-2.5), math.ceil(3), math.ceil(1e-9))
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi / 6), math.sin(-1.0))
print(math.cos(0), math.cos(math.pi), math.cos(1.0))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10.5))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.floor(7.0) + 1, math.ceil(7.2) * 2)


def hypotenuse(a, b):
    return math.sqrt(a * a + b * b)


def degrees_to_radians(d):
    return d * math.pi / 180


print(hypotenuse(3, 4), hypotenuse(1.0, 1.0))
for d in [0, 30, 45, 90, 180]:
    r = degrees_to_radians(d)
    print(d, r, math.sin(r), math.cos(r))

# sin^2 + cos^2 stays close to 1.
worst = 0.0
for i in range(100):
    x = i * 0.37
    err = math.fabs(math.sin(x) ** 2 + math.cos(x) ** 2 - 1)
    worst = max(worst, err)
print("identity holds", worst < 1e-15)
print("log of exp", math.log(math.exp(2.5)), math.exp(math.log(7.0)))
