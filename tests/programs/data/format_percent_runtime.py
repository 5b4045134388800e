# `%` with format strings chosen at run time (formatted by the host's formatter), '*' widths and precisions, and the errors CPython raises, caught: not enough arguments, not all converted, an unsupported character, %d of a str, %c out of range, an incomplete format.
formats = ["%d + %d", "%5.2f|%-6s|", "%*d|%-*s|", "%.*f", "%x%%", "%s and %s", "%d %d %d", "%z", "%d", "%c", "%(key)s", "%5"]


def attempt(f: str, a: int, b: int) -> None:
    try:
        print(repr(f), "->", repr(f % (a, b)))
    except TypeError as e:
        print(repr(f), "-> TypeError:", e)
    except ValueError as e:
        print(repr(f), "-> ValueError:", e)
    except OverflowError as e:
        print(repr(f), "-> OverflowError:", e)


for f in formats:
    attempt(f, 3, 4)
    attempt(f, 5, -2)

names = ["%s", "%d", "%c", "%.1f", "%r"]
for f in names:
    for value in ["word", "x"]:
        try:
            print(f % value)
        except TypeError as e:
            print(repr(f), "with", repr(value), "-> TypeError:", e)
for code in [65, -1, 0x110000]:
    try:
        print("%c" % code)
    except OverflowError as e:
        print("OverflowError:", e)
