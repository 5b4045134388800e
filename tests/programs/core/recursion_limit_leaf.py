# RecursionError at CPython's depth, through a leaf function called at each level (leaves check
# the depth without counting): caught, then uncaught with CPython's traceback.

def leaf(n):
    return n + 1


def f(n):
    leaf(n)
    return f(n + 1)


def g(n):
    return g(leaf(n))


try:
    f(0)
except RecursionError as e:
    print("deep:", e)
g(0)
