# Bools and None in f-strings: a bool prints True/False unless a spec is given, then formats as the int 1 or 0 (types d, x, f, %, grouping); None formats only with the empty spec.
def show(b: bool) -> None:
    print(f"[{b}] [{b!r}] [{b:}] [{b:d}] [{b:5}] [{b:<4}|] [{b:x}] [{b:#b}] [{b:.2f}] [{b:%}] [{b:+}] [{b:c}]")
    print("[%s] [%r] [%d] [%5.1f] [%x] [%-3d|]" % (b, b, b, b, b, b), "[{}] [{!s:>6}] [{:03}]".format(b, b, b), format(b), format(b, "^5"))


for b in [True, False]:
    show(b)

n = None
print(f"[{n}] [{n!r}] [{n!s:>6}] [{n:}]", "%s %r" % (n, n), "{} {!r:^8}".format(n, n), format(n))
