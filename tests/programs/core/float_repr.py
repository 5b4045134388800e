# Floats print exactly as CPython's repr(): the shortest string that round-trips, with
# scientific notation below 1e-4 and from 1e16 upward, and a '.0' on integral values.
import math

values = [0.1 + 0.2, 1e16, 1e-5, 123456789.0, -0.0, 0.0, 1.0, -1.5, 100.0, 0.3]
for v in values:
    print(v)

print(1e15, 1e16, 1e17, 9999999999999998.0, 1234567890123456.8)
print(1e-4, 0.0001234, 1e-5, 0.00001234)
print(1e308, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324)
print(1 / 3, 2 / 3, 10 / 3, 1e22, 1e21, 1e23)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 4.35 * 100)
print(-1e-7, -2.5e-10, 6.02214076e23, 1.602176634e-19)
print(float(2 ** 53), float(2 ** 53 + 1), float(9223372036854775807))
print(123456789012345678.0, 0.5, 0.25, 0.125)
print(math.pi * 1e10, math.e / 1e10)
print(1e300 * 1e10, -1e300 * 1e10)

x = 1.0
for i in range(5):
    x = x / 7
    print(i, x)
y = 1.0
for i in range(5):
    y = y * 13.7
    print(i, y)
