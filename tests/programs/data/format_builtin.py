# The builtin format(value, spec): ints, floats, strs and bools with constant specs and with specs chosen at run time, and format(value) with no spec.
def row(x: float, n: int, s: str, spec_f: str, spec_i: str, spec_s: str) -> None:
    print(format(x), format(n), format(s), format(x, ".3f"), format(n, "08b"), format(s, "^9"), "|", format(x, spec_f), format(n, spec_i), format(s, spec_s))


row(2.0, 5, "ab", "e", "x", ">4")
row(-0.5, -300, "long text", "+.1%", ",", ".4")
row(1e-5, 10**15, "", "g", "_X", "*<3")
print(format(True), format(False, "d"), format(7, ""), format(0.1 + 0.2), format(0.1 + 0.2, ".17g"))
