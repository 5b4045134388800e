# str.format with templates chosen at run time (formatted by the host's formatter) and the errors CPython raises, caught: IndexError, KeyError, mixing automatic and manual numbering, a single brace, a bad conversion.
templates = ["{} + {} = {}", "{0}{1}{0}", "{name}: {0:>6.2f}", "{:^9}|{}", "{2}", "{missing}", "{}{1}", "{0}{}", "a}b", "{!x}", "{0:{1}}", "{:d}"]


def attempt(t: str, a: float, b: str) -> None:
    try:
        print(repr(t), "->", repr(t.format(a, b, name="n")))
    except IndexError as e:
        print(repr(t), "-> IndexError:", e)
    except KeyError as e:
        print(repr(t), "-> KeyError:", e)
    except ValueError as e:
        print(repr(t), "-> ValueError:", e)


for t in templates:
    attempt(t, 2.5, ">8")
    attempt(t, -1.0, "x")
