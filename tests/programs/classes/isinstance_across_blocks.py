# isinstance() narrows a variable in the branch where it holds even when the test's result
# crosses a block boundary first (in a try body, the call ends its block), and a bool merged
# from two different tests narrows only to what both say.


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side


def describe(s):
    try:
        if isinstance(s, Circle):
            return "circle r=" + str(s.r)
        if isinstance(s, Square):
            return "square side=" + str(s.side * 2 // 2)
    finally:
        print("described", s.name)
    return "shape " + s.name


def pick(s, circles):
    if circles:
        t = isinstance(s, Circle)
    else:
        t = isinstance(s, Square)
    if t:
        return "picked " + s.name
    return "skipped " + s.name


def count_circles(shapes):
    total = 0
    k = 0
    while k < len(shapes):
        s = shapes[k]
        k += 1
        try:
            if isinstance(s, Circle) and s.r > 1:
                total += s.r
        except ValueError:
            pass
    return total


class Hexagon(Shape):
    pass


def only_plain():
    # v is only ever a plain Shape and no code makes a Hexagon or sets `corners`: the branch
    # never runs. Wyrm refused the read when the test ended a block of a try body (v was not
    # narrowed to Hexagon there).
    v = Shape("plain")
    try:
        if isinstance(v, Hexagon):
            print("never", v.corners)
    finally:
        print("plain done")


def main():
    only_plain()
    shapes = [Circle(3), Square(2), Shape("blob"), Circle(1)]
    for s in shapes:
        print(describe(s))
        print(pick(s, True), pick(s, False))
    print(count_circles(shapes))


main()
