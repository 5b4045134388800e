# Comparison operators and chained comparisons: `a < b < c` evaluates b once and
# short-circuits as soon as one link is false.

calls = 0


def probe(x):
    global calls
    calls += 1
    return x


print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(0 <= 5 < 10, 0 <= 15 < 10, -1 < 0 <= 0 < 1)
print(1.5 < 2 < 2.5, 1 < 1.0 + 1e-9 < 2)

calls = 0
print(probe(1) < probe(2) < probe(3), calls)
calls = 0
print(probe(3) < probe(2) < probe(1), calls)
calls = 0
print(probe(1) < probe(5) < probe(3) < probe(4), calls)


def in_range(x, low, high):
    return low <= x < high


for v in [-1, 0, 5, 9, 10]:
    print(v, in_range(v, 0, 10))
print(True == 1, False < True, True > 0.5)
