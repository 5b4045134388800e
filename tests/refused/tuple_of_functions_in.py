# 'in' on a tuple of functions: the tuple has no run-time value to search.
def g():
    return 1
def h():
    return 2
f = g if len("a") > 0 else h
print(f in (g,), f in (g, h), h in (g,))
