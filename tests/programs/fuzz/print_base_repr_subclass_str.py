# Found by the fuzzer (npm run fuzz -- --seed 100 --index 1371, shrunk): printing an instance of
# a class that defines __repr__ whose subclass defines __str__. Only the subclass's __str__ was
# annotated, so the base's __repr__ had no graph (internal error).
class C8:
    def __init__(self, p10: str):
        self.a4 = p10

    def __repr__(self) -> str:
        return "C8(" + self.a4 + ")"


class C18(C8):
    def __str__(self) -> str:
        return "C18 " + self.a4


def f32(flag: bool) -> None:
    v34 = C18('a')
    print(C8(v34.a4))
    print(v34)
    x = C8('b') if flag else C18('c')
    print(x, [x])


f32(True)
f32(False)
