# *args parameters (a tuple of the extra positional arguments, iterated, measured, indexed),
# keyword-only parameters with and without defaults.

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def describe(name, *parts, sep="-"):
    return name + ": " + sep.join(parts) + " (" + str(len(parts)) + ")"


def first_or(default, *xs):
    return xs[0] if len(xs) > 0 else default


def kw_only(a, *, b, c=3):
    return a + b + c


print(total(), total(1), total(1, 2, 3))
print(describe("x"), describe("y", "a", "b"), describe("z", "p", sep="+"))
print(first_or(0, 5, 6), kw_only(1, b=2), kw_only(1, c=10, b=2))
args = (1, 2)
print(args, total(4, 5))
