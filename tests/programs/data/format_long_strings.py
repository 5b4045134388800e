# Strings longer than the 64 KiB scratch area through every formatting path: specs made at run time, `%` and str.format with templates chosen at run time (the host's formatter), and constant specs.
def build(n: int, ch: str) -> str:
    parts = []
    for i in range(n):
        parts.append(ch)
    return "".join(parts)


long = build(70000, "ab") + build(20000, "😀")
specs = [">170000", "^160005", ".5", "*<160001"]
for spec in specs:
    text = f"{long:{spec}}"
    print(spec, len(text), text[:3], text[-3:], text.count("a"), text.count("😀"))
templates = ["%s|%s", "%-200000s|%.3s"]
for t in templates:
    text = t % (long, long)
    print(len(text), text[:2], text[-4:])
for t in ["{}{}", "{0:>170000}{1:.1}"]:
    text = t.format(long, long)
    print(len(text), text[-2:])
print(len(f"{long:>200000}"), len("%-170000s" % long), len("{:^180000}".format(long)), len(format(long, "x>175000")))
