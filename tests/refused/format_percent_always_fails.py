# A constant `%` format with more conversions than values: CPython raises TypeError every time.
def label(name: str, count: int) -> str:
    return "%s: %d of %d" % (name, count)


print(label("a", 1))
