# Functions with positional parameters and default values (literals and module constants),
# given or left out at each call.

SCALE = 10


def area(width, height=1):
    return width * height


def line(a, b=2, c=3.5):
    print("a =", a, "b =", b, "c =", c)


def offset(x, by=SCALE):
    return x + by


def describe(n, verbose=False, prefix=">"):
    if verbose:
        print(prefix, n, n * n, n * n * n)
    else:
        print(prefix, n)


print(area(3), area(3, 4), area(0), area(-2, 5))
line(1)
line(1, 5)
line(1, 5, 0.25)
print(offset(1), offset(1, 2))
describe(3)
describe(3, True)
describe(4, True, "#")
describe(5, False, "*")
for i in range(3):
    print(area(i + 1), area(i + 1, i + 2))
