# The with statement: __enter__'s value bound by as, __exit__ run on normal exit, on an exception
# (which it may suppress by returning True), on return and on continue; several items; type().

class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        print("enter", self.name)
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None, exc_type is ValueError)
        self.open = False
        return exc_type is KeyError


def use(kind):
    with Resource("r") as r:
        print("using", r.name, r.open)
        if kind == 1:
            raise ValueError("bad")
        if kind == 2:
            raise KeyError("k")
        if kind == 3:
            return "early"
    return "done"


for k in range(4):
    try:
        print(use(k))
    except ValueError as e:
        print("caught", e)

with Resource("a") as a, Resource("b") as b:
    print(a.name + b.name)
for i in range(3):
    with Resource("loop"):
        if i == 1:
            continue
        print("body", i)


class Animal:
    pass


class Dog(Animal):
    pass


pets = [Animal(), Dog()]
for p in pets:
    print(type(p) is Dog, type(p) is Animal, type(p) == type(pets[0]))
