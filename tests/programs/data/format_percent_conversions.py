# Every `%` conversion: %d of a float truncates, %x %o %X of ints, %e %f %g of ints (converted to float), %c of an int or a one-character str, %r of each type, %a (ascii), and mixed tuples.
def convert(n: int, x: float, s: str, b: bool) -> None:
    print("%d %d %i %u" % (x, -x, x, n))
    print("%x %X %o %e %E %f %F %g %G" % (n, n, n, n, n, n, n, n, n))
    print("%c%c%c" % (n % 26 + 65, s[0], 0x1F40D))
    print("%r %r %r %r %r" % (n, x, s, b, None))
    print("%a %a" % (s, x))
    print("%s=%d (%5.1f%%) %c %s" % (s, n, x, "*", b))


convert(7, 3.99, "wyrm", True)
convert(-300, -2.5, "λx", False)
convert(2**53 + 1, 1e15, "😀 ok", True)
