# Set operators and the methods that return new sets, and set comparisons.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 8]), a.intersection([5, 1, 0]), a.difference([1, 2]), a.symmetric_difference([5, 50]))
print(a == b, a != b, a == {5, 4, 3, 2, 1}, {1, 2} <= a, {1, 2} < a, a <= a, a < a)
print(a >= {1}, a > {1}, a >= a, a > a, b <= a, {7} < b)
print(a.issubset(b), {4, 5}.issubset(b), a.issuperset({1, 2}), a.isdisjoint(b), a.isdisjoint({100}))
c = a.copy()
c |= {100}
print(c, a)
c &= {1, 2, 100, 200}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
empty = set()
print(a | empty, a & empty, empty - a, a ^ empty, empty <= a, empty == set())
evens = set(range(0, 40, 2))
threes = set(range(0, 40, 3))
print(evens & threes, evens - threes)
print(evens | threes)
print(evens ^ threes)
big = set(range(1000))
small = {5, 500, 2000}
print(big & small, small & big, small - big, len(big - small))
print(sorted(big ^ set(range(990, 1010)))[0], len(big ^ set(range(990, 1010))))
