# Functions and classes as values: in variables that hold one of several, in lists and tuples,
# returned, compared with `is`, None-able, and called with keywords and defaults.


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return self.size * self.size


class Triangle(Shape):
    def area(self):
        return self.size * self.size // 2


def add(a, b=10):
    return a + b


def sub(a, b=1):
    return a - b


def mul(a, b=2):
    return a * b


def pick(name):
    if name == "add":
        return add
    if name == "sub":
        return sub
    return mul


def run_all(ops, x):
    return [op(x) for op in ops]


ops = [add, sub, mul]
for op in ops:
    print(op(7), op(7, 3), op(b=4, a=1))
print(pick("sub")(5), pick("mul")(5), pick("add")(5))
print(run_all(ops, 2), run_all([mul, mul], 3))
handler = None
for name in ["x", "add"]:
    if name == "add":
        handler = add
if handler is not None:
    print(handler(1, 2))
print(pick("add") is add, pick("sub") is add, pick("x") is not mul)
for cls in [Square, Triangle]:
    print(cls(4).area())
table = [(1, add), (2, sub), (3, mul)]
for n, f in table:
    print(n, f(n, n))
chosen = Square if len(ops) > 2 else Triangle
print(chosen(5).area())
n = 4
mixed = [add, lambda v, w=0: v * n + w]
print([f(2) for f in mixed], mixed[1](1, 1))


def pick_mixed(n):
    f = add if n > 2 else sub
    g = f if n > 5 else (lambda x, b=0: x * n)
    return f(1), g(1)


for n in [1, 3, 6]:
    print(pick_mixed(n))
