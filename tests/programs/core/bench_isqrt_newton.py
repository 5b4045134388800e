# Benchmark-style: integer square roots by Newton's method (exact floor of the square root of
# 64-bit ints), checked by squaring, and a float Newton iteration for comparison with sqrt.
import math


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = n // 2 + 1  # not (n + 1) // 2, which would overflow for the largest n
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def newton_sqrt(v):
    guess = v if v > 1 else 1.0
    for i in range(60):
        guess = (guess + v / guess) / 2
    return guess


for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12, 10 ** 18, 9223372036854775807]:
    r = isqrt(n)
    print(n, r, r * r <= n, n < (r + 1) * (r + 1) if r < 3037000499 else True)

bad = 0
for n in range(0, 20000, 7):
    r = isqrt(n)
    if not (r * r <= n < (r + 1) * (r + 1)):
        bad += 1
print("bad", bad)

for v in [2.0, 10.0, 0.5, 1e10]:
    print(v, newton_sqrt(v), math.sqrt(v), newton_sqrt(v) - math.sqrt(v))
perfect = 0
for n in range(1, 5000):
    r = isqrt(n)
    if r * r == n:
        perfect += 1
print("perfect squares below 5000", perfect)
