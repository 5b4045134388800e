# f(*xs) with lists, whose length is known only at run time: the call works for every
# length the callee accepts (defaults filling the rest) and raises CPython's TypeError for
# the others, naming the function (and the method's class) and the numbers.


def f(a, b, c=10):
    return a * 100 + b * 10 + c


class Grid:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def cell(self, r, c):
        return r * self.cols + c


def kw(a, *, b=2):
    return a + b


for n in range(6):
    xs = list(range(1, n + 1))
    try:
        print(n, f(*xs))
    except TypeError as e:
        print(n, "TypeError:", e)

for n in range(4):
    xs = [7] * n
    try:
        print(n, f(1, *xs))
    except TypeError as e:
        print(n, "TypeError:", e)

g = Grid(*[3, 4])
print(g.rows, g.cols, g.cell(*[2, 1]))
for coords in [[1], [1, 2], [1, 2, 3]]:
    try:
        print(g.cell(*coords))
    except TypeError as e:
        print("TypeError:", e)

try:
    f(*[1, 2], b=5)
except TypeError as e:
    print("TypeError:", e)
print(f(*[4], b=5), f(*[], a=1, b=2))
print(kw(*[1]), kw(*[1], b=10))
try:
    kw(*[1, 2], b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Grid(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
args = []
for i in range(2):
    args.append(i + 5)
print(f(*args), Grid(*args).cell(*args))
