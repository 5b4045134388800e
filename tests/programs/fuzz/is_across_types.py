# Found by the fuzzer (mutants `[1.0] is 1`, `'a' is not 0.0`): `is` between a number and a
# value of another type compared a reference with an i64 (Binaryen rejected the module).
def same(a: list[float], b: int) -> bool:
    return a is b


x = [1.0]
n = 1
f = 1.0
s = 'a'
print(same(x, n), x is not n, s is not f, n is f, x is x, f is f)
# A mutant compared a number with a class (`n is int`): an i64 tested as a null reference.
print(n is int, f is float, x is list, n is None, f is not None)
# Another compared two classes, known from their annotations (`int is float`).
print(int is float, int is int, None is None)
