# Errors CPython's compiler reports later, not its parser: ast.parse accepts all of these.
return
return 1
break
continue
yield x
await y
nonlocal z
def f(a, a): pass
x = *a
del ()
[] = []
() = ()
f(**a, b=1, **c)
class C: return 1
def g():
    global x
    x = 1
    return x
