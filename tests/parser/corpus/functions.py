# Function definitions: every parameter kind, defaults, annotations, decorators, async.
def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b,): pass
def f(a=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(*, a, b=2): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b, /, c, *, d): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, /, *, b): pass
def f(a, /, *args, b, **kwargs): pass
def f(a: int, b: str = 'x', *args: int, c: bool, d: float = 1.0, **kwargs: dict) -> None: pass
def f(*args: *Ts): pass
def f() -> 'forward': pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(
    a,
    b,
):
    """Docstring."""
    return a + b
@decorator
def f(): pass
@decorator()
@other.attr
@a.b.c(1, 2)
def f(): pass
@x[0]
@(lambda f: f)
@a if b else c
@d := e
def f(): pass
@decorator
class C: pass
async def f():
    await x
    await f(x)
    return await y
async def g():
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with x:
        pass
    yield 1
@decorator
async def h(): pass
def gen():
    x = yield
    yield from range(10)
    await_ = 1
    return
def nested():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
lambda: (yield)
def f(a, b): return a; pass
def f(x): return (yield x)
