# int() of a str past 64 bits: OverflowError, but only once the whole text is a valid literal;
# an invalid one is CPython's ValueError however many digits come first.
for text in ["4649707590575252294733.2076728344fdb", "46497075905752522947332", "-9223372036854775808",
             "9223372036854775807", "9223372036854775808", "-9223372036854775809", " 1_000_000 ",
             "99999999999999999999_", "99999999999999999999x", "-99999999999999999999", "١٢٣", "12 3"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)
    except OverflowError as e:
        print(repr(text), "OverflowError", e)
