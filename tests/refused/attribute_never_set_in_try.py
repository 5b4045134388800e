# Found by the fuzzer: an attribute that no code sets, read inside try/except/finally (Binaryen's
# Relooper aborted on it before Wyrm refused such reads). CPython raises AttributeError.
class A:
    def __init__(self) -> None:
        self.y = 1


def f(a: A) -> int:
    try:
        return a.x
    except ValueError:
        return 0
    finally:
        print("finally")


print(f(A()))
