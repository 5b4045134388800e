# Tuples, lists, sets and dicts (with unpacking) and every comprehension kind.
()
(1,)
(1, 2)
1, 2
1,
(1, 2,)
[]
[1]
[1, 2, 3,]
[*a, *b, c]
{1}
{1, 2, 3}
{*a, b}
{}
{1: 2}
{1: 2, 3: 4,}
{**a, 'b': 1, **c}
{**a}
[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[(x, y) for x in a for y in b]
[x for x, y in pairs]
[x for (x, y) in pairs]
[x for [x, y] in pairs]
[x for *x, y in pairs]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a for v in b if k != v}
(x for x in y)
(x for x in y if x for z in x)
[y := f(x) for x in data]
[x for x in data if (y := x)]
[[x for x in row] for row in matrix]
[lambda: x for x in y]
[x for x in (lambda: y)()]
[x if x else y for x in z]
[x for x in a or b]
[x for x in range(10) if x if x > 2]
(yield_ for yield_ in y)
[x async for x in y]
{x: y async for x, y in z}
[await x for x in y]
[x for x in y async for z in x]
[*range(3)]
(*a, *b)
(*a,)
[x for x.attr in y]
[x for x[0] in y]
