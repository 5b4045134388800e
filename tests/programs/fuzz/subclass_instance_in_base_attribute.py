# Found by the fuzzer (npm run fuzz -- --seed 100 --index 572, shrunk): a class whose attribute
# holds an instance of its own subclass. The subclass's struct was made while the base's fields
# were being computed, without them: Binaryen's TypeBuilder failed (internal error).
class C13:
    def __init__(self, p15: float):
        self.a14 = C21(p15, 1)


class C21(C13):
    def __init__(self, p25: float, p27: int):
        self.a24 = p27


def f34() -> C13:
    return C13(1.0)


c = f34()
print(c.a14.a24)
