# OverflowError from int() of an infinite float: "cannot convert float infinity to integer".
# This is one OverflowError CPython raises too, so the outputs agree.


def to_int(values):
    out = []
    for v in values:
        out.append(int(v))
    return out


print(to_int([1.5, -2.5, 1e18]))
x = 1e300
print("squaring", x, "gives", x * x)
print(to_int([x * x]))
print("not reached")
