# Simple statements: pass, del, return, raise, global, nonlocal, assert, imports, semicolons.
pass
pass; pass
x = 1; y = 2;
del x
del x, y
del x,
del (x)
del (x, y)
del [x, y]
del x.attr, x[0], x[1:2]
del (x), [y]
assert x
assert x, 'message'
assert (x, y)
raise
raise E
raise E('msg')
raise E from None
raise E from cause
import a
import a.b.c
import a as b
import a.b as c, d, e.f as g
from a import b
from a import b as c
from a import (b, c)
from a import (b as c, d,)
from a.b import c
from . import x
from .. import y
from ... import z
from .... import w
from .a import b
from ..a.b import c
from .....a import b
from a import *
from . import *
global g
global g, h
def outer():
    x = 1
    def inner():
        nonlocal x
        nonlocal x, y
        global z
        return x
    return
def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    y = yield from z
    return 1, 2
    return *a, b
print
print(x)
exec
x
x.y
1
