# Found by the fuzzer (a mutant of tests/programs/classes/hierarchy_three_deep.py): a class
# attribute that is a str in the base class and an int in a subclass, read through `self`
# (Wyrm failed with an internal UnionError).
class Shape:
    kind = "shape"

    def describe(self) -> str:
        return f"{self.kind}"


class Rectangle(Shape):
    kind = 7


print(Rectangle().describe(), Shape().describe())
