# ValueError from int() of a NaN: "cannot convert float NaN to integer". The NaN comes from
# inf - inf computed at run time.
import sys


def difference(a, b):
    return a - b


big = 1e308 * (len(sys.argv) * 10)
print("big", big, "negative", -big)
d = difference(big, 1.0)
print("inf - 1 =", d, int(difference(1e18, 1.0)))
n = difference(big, big)
print("inf - inf =", n, n == n)
print(int(n))
print("not reached")
