# Setting an attribute that __slots__ does not name: CPython raises AttributeError; Wyrm refuses it.
class P:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(p.x)
