# `%` flags and fields: '-' (left), '+', ' ' (blank sign), '#' (alternate form), '0' (zero padding), width and precision on ints, floats and strs.
def ints(n: int) -> None:
    print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%-+6d] [%.3d] [%7.4d] [%-07d] [% 06d]" % (n, n, n, n, n, n, n, n, n, n, n))
    print("[%x] [%#x] [%#08X] [%o] [%#o] [%-#8x] [%+#o] [%.4x] [%#.5o]" % (n, n, n, n, n, n, n, n, n))


def floats(x: float) -> None:
    print("[%f] [%.0f] [%10.3f] [%-10.2f] [%+.1f] [% .2f] [%010.2f] [%#.0f] [%e] [%.2E] [%g] [%#g] [%G] [%-+12.4g] [%08.3e]" % (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x))


def strs(s: str) -> None:
    print("[%s] [%8s] [%-8s] [%.2s] [%6.3s] [%-6.1s] [%r] [%10r] [%.4r]" % (s, s, s, s, s, s, s, s, s))


for n in [0, 5, -5, 255, -4096, 123456789]:
    ints(n)
for x in [0.0, -0.0, 0.5, 2.5, -1.25, 1e-10, 12345.6789, 1e22, float("nan"), float("inf"), -float("inf")]:
    floats(x)
for s in ["", "x", "hello", "日本語テキスト"]:
    strs(s)
