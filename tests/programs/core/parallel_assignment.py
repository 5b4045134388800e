# Tuple-style parallel assignment: the right side is evaluated completely before any target
# is assigned, so `a, b = b, a` swaps and `a, b = b, a % b` steps Euclid's algorithm.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


x, y = 1, 2
x, y = y, x
print(x, y)

a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(270, 192))
print(fib_pair(10), fib_pair(50), fib_pair(90))

xs = [10, 20, 30]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i, xs[1] = 1, 99
print(i, xs)

lo, hi = 0.0, 1.0
for step in range(20):
    mid = (lo + hi) / 2
    if mid * mid < 0.5:
        lo, hi = mid, hi
    else:
        lo, hi = lo, mid
print(lo, hi)
p = q = 7
print(p, q)
