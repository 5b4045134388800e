# Tuples: packing, unpacking (nested, in for targets), constant indexing, comparison, printing.
def divmod_pair(a, b):
    return a // b, a % b

q, r = divmod_pair(17, 5)
print(q, r)
t = (1, "two", 3.0)
print(t, t[0], t[1], t[2], t[-1], len(t))
point = (3, 4)
x, y = point
print(x * x + y * y)
pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, s in pairs:
    print(n, s * n)
nested = ((1, 2), (3, 4))
(a, b), (c, d) = nested
print(a, b, c, d, nested)
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print(i, k, v)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), (1, 2) <= (1, 2), (1, 2) != (1, 2.0))
print(("a", 1) < ("a", 2), ("b",) > ("a", 5))
single = (5,)
print(single, len(single), ())
print((1, 2) + (3,), (0,) * 3)
print(str((1.5, -0.0, "q")), repr(("it's", 'say "hi"')))
a, b = b, a
print(a, b)
print(3 in (1, 2, 3), 4 not in (1, 2, 3))
print(max([(3, "c"), (3, "d"), (1, "z")]), min([(2, 1.5), (2, -0.5)]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
