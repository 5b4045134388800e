# Found by npm run fuzz -- --seed 2026 --index 6204, shrunk: a subclass whose base has an attribute
# holding an instance of the subclass, made through the base first: two structs were made for
# the subclass and Binaryen rejected the module (internal error).
K0 = True
g2 = 0.0
class C5:
    pass
class C14(C5):
    pass
class C25(C14):
    def __init__(self, p29: str, p30: str, p31: bool, p32: float = 0.0, p33: int = 1):
        self.a27 = C39(p29, '', p31, p32, p33, g2)
class C39(C25):
    def __init__(self, p43: str, p44: str, p45: bool, p46: float, p47: int, p48: float):
        self.a42 = p47
def f58(p59: str = 'a') -> None:
    v106 = [C25('a', 'a', True)]
def main() -> None:
    v146 = g2
    f58()
    v153 = C39(repr(1), f"z{True and K0}", True, v146, 0, v146)
main()
