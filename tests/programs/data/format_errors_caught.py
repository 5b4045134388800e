# Formatting errors that depend on the values, raised as Python exceptions and caught: {:c} and %c out of range, %d of nan and inf, a spec on a str that is None, bad specs made at run time.
def char(n: int) -> None:
    try:
        print(f"{n:c}|{n:>3c}|", "%c" % n)
    except OverflowError as e:
        print(n, "-> OverflowError:", e)


def truncate(x: float) -> None:
    try:
        print("%d %5i %-4u|" % (x, x, x))
    except ValueError as e:
        print(x, "-> ValueError:", e)
    except OverflowError as e:
        print(x, "-> OverflowError:", e)


def optional(flag: bool):
    return "text" if flag else None


for n in [65, 0x10FFFF, 0x110000, -1]:
    char(n)
for x in [2.9, -2.9, float("nan"), float("inf"), -float("inf")]:
    truncate(x)
for flag in [True, False]:
    value = optional(flag)
    try:
        print(f"[{value:>8}]", "[{:<6}]".format(value))
    except TypeError as e:
        print("TypeError:", e)
for spec in ["d", ",s", "=5", "+", "#", ".2d", "10.2f"]:
    for value in ["str"]:
        try:
            print(spec, "->", format(value, spec))
        except ValueError as e:
            print(spec, "-> ValueError:", e)
    try:
        print(spec, "->", format(12, spec))
    except ValueError as e:
        print(spec, "-> ValueError:", e)
