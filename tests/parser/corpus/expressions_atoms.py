# Atoms, attribute access, calls with every argument form, subscripts and slices.
name
None
True
False
...
x.y.z
x.y(z).w[0]
f()
f(a)
f(a, b, c)
f(a,)
f(*args)
f(**kwargs)
f(a, *args, b, *more, c=1, **kwargs, d=2)
f(a=1, *args)
f(x for x in y)
f((x for x in y), z)
f(a := 1)
f(x, y=lambda q: q)
f(*a, *b, **c, **d)
obj.method(1)(2)(3)
x[0]
x[-1]
x[1:2]
x[1:2:3]
x[:]
x[::]
x[::2]
x[a:]
x[:b]
x[1:2, 3]
x[1:2, ::3]
x[a, b]
x[a,]
x[(a, b)]
x[*a]
x[*a, b]
x[a:=1]
x[...]
x[..., 0]
x[y][z]
x.__class__.__name__
f()[0].g().h
