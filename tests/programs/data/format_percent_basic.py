# printf-style `format % values`: %d %i %u %s %r with a tuple or a single value on the right, %% escapes, strs that may be None, and `s %= values`.
def report(name: str, count: int, ratio: float) -> None:
    print("%s: %d items, %.2f%%" % (name, count, ratio * 100))
    print("%s" % name, "%r" % name, "%d" % count, "%i|%u" % (count, count), "%s" % ratio, "%r" % ratio)
    print("100%% done: %s" % (name,), "%s%s%s" % (name, count, ratio), "no conversions %%" % ())
    line = "[%s|%d]"
    line %= (name, count)
    print(line)


report("apples", 3, 0.125)
report("naïve café", -12, 2.0 / 3)
report("", 0, 1.0)


def maybe(flag: bool):
    if flag:
        return "here"
    return None


for flag in [True, False]:
    value = maybe(flag)
    print("%s / %r / %8s / %-6s|" % (value, value, value, value))
