# Defaults that are not constants: one list or dict per def, shared by the calls that leave the argument out (a memo), computed from module constants, on methods, and evaluated when the def runs.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def fib(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(80), len(fib.__defaults__[0]) if False else 0)

LIMIT = 3 * 4
def clamp(x, hi=LIMIT + 1, *, lo=-LIMIT):
    return max(lo, min(hi, x))
print(clamp(100), clamp(-100), clamp(5, lo=6))

class Registry:
    def register(self, name, into={}):
        into[name] = len(into)
        return into
r = Registry()
print(r.register("a"), r.register("b"), Registry().register("c"))

def shown(x=print("the default is evaluated once, here") or 1):
    return x
print(shown(), shown(2), shown())
