# f(*t) with tuples: the items become positional arguments after the ones written before
# them, keywords may follow, and the callee may be a function, a closure, a method, a class
# (its __init__), a function with defaults or *args, or a builtin.


def point(x, y, z=0):
    return f"({x}, {y}, {z})"


def total(*values):
    s = 0
    for v in values:
        s += v
    return s


def make_adder(k):
    def add(a, b):
        return (a + b) * k
    return add


class Box:
    def __init__(self, width, height, label="box"):
        self.width = width
        self.height = height
        self.label = label

    def resize(self, dw, dh):
        return Box(self.width + dw, self.height + dh, self.label + "'")

    def __repr__(self):
        return f"{self.label}[{self.width}x{self.height}]"


pair = (1, 2)
triple = (3, 4, 5)
print(point(*pair), point(*triple), point(*pair, z=9), point(7, *(8,)))
print(total(*triple), total(0, *pair), total(*()), total(10, 20, *triple))
adder = make_adder(10)
print(adder(*pair), adder(1, *(1,)))
box = Box(*pair)
print(box, Box(*(2, 3), label="crate"), box.resize(*triple[:2]))
print(max(*triple), min(*(9, 2, 7)), abs(*(-3,)))
print(*triple)
print(*("a", "b"), sep="-", end="!\n")
print("{}+{}={}".format(*(1, 2, 3)))
nested = ((1, 2), (3, 4))
for args in nested:
    print(point(*args, z=args[0] * args[1]))
