# 'is' between the program's functions or classes (or None) and a builtin function: never the
# same object (found by the fuzzer: a crash when translating).
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type is None, exc_type is chr, chr is not exc_type)
        return True


with Guard():
    raise ValueError("x")
with Guard():
    pass


def twice(x):
    return 2 * x


for f in [twice, None]:
    print(f is len, len is not f, f is None)
