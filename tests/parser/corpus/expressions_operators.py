# Operators and precedence: every binary, unary, boolean and comparison operator.
a + b - c * d / e // f % g @ h
a ** b ** c
-a ** -b
+a - -b + ~c
a << b >> c & d ^ e | f
a | b ^ c & d << e + f * g ** h
(a + b) * (c - d)
not a
not not a
a and b and c
a or b or c
a and b or c and d
not a and not b or c
a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
a < b < c
x if y else z
x if y else z if w else v
(x if y else z) if w else v
lambda: 0
lambda x: x + 1
lambda x, y=1, *args, z, **kw: (x, y, z)
lambda *, k: k
lambda x, /, y: x
(lambda: (yield))
await_ = 1
a[b] ** -c[d]
-1
- 1
~-+1
1 + 2 * 3 ** 4 // 5 % 6
a @ b @ c
a if b else lambda: c
