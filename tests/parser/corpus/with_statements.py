# with statements, including Python 3.9's parenthesized with-items.
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c:
    pass
with a as b[0]:
    pass
with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open('x') as f,
    open('y') as g,
):
    pass
with (a, b) as c:
    pass
with (a)[0] as b:
    pass
with (a)():
    pass
with f() as x, g():
    pass
with (yield):
    pass
with (x for x in y):
    pass
async def f():
    async with a as b:
        pass
    async with (a as b, c):
        pass
