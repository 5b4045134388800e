# Lists, tuples and instances in formatting: %s and %r, {} and {!r}, f-string fields with an empty spec or a conversion and a spec, format() with no spec; __str__ and __repr__ are called.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"

    def __repr__(self) -> str:
        return f"Point(x={self.x!r}, y={self.y!r})"


def show(p: Point, items: list[str], pairs: list[float]) -> None:
    print("%s | %r | %s | %r" % (p, p, items, pairs))
    print("{} | {!r} | {!s:>12} | {:}".format(p, p, p, items))
    print(f"{p} | {p!r} | {p!s:*^14} | {items!r:>20} | {pairs} | {p:}")
    print(format(p), format(items), "%s" % items, "%-20s|" % pairs)


show(Point(1, -2), ["a", "b'c"], [0.5, 1e-7])
show(Point(30, 4), [], [])
