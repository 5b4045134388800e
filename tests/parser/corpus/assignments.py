# Every assignment form: chained, unpacking, starred targets, augmented, annotated, walrus.
x = 1
x = y = z = 0
x, y = 1, 2
(x, y) = (1, 2)
[x, y] = [1, 2]
x, = y
(x,) = y
[x] = y
x, *rest = items
*init, last = items
first, *middle, last = items
[a, [b, *c], (d, e)] = value
a.b = 1
a.b.c = 2
a[0] = 3
a[1:2] = [4]
a[i][j] = 5
a.b[0].c = 6
f().attr = 7
f()[0] = 8
x = yield_ = 1
x = *a, *b
x = yield
x += 1
x -= 1
x *= 1
x @= 1
x /= 1
x //= 1
x %= 1
x **= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
a.b += 1
a[0] += 1
x: int
x: int = 1
(x): int = 1
a.b: int
a.b: int = 2
a[0]: int = 3
x: list[int] = []
x: 'forward' = None
x: int = yield
x: tuple = 1, 2
(y := 10)
if (n := len(a)) > 10: pass
while (chunk := read()): pass
x = (y := 1)
f(x := 1, y := 2)
print(((a)))
(a) = 1
((a), (b)) = 1, 2
x = lambda: (yield)
x = a if b else c
x = not y
x = a, b, c
x = [i for i in range(3)]
