# args: 3 4
# args: 5 2
# A class hierarchy with __str__, list operations, string concatenation, an exception caught
# with try/except, output to stderr and an uncaught exception (exit status 1).
import sys


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def __str__(self):
        return self.name + " with area " + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return float(self.w * self.h)


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"


class TooBig(Exception):
    pass


def check(shape, limit):
    if shape.area() > limit:
        raise TooBig("too big: " + str(shape))
    return shape.area()


def checked_area(shape, limit):
    try:
        return check(shape, limit)
    except TooBig as e:
        print("caught:", e, file=sys.stderr)
    return 0.0


def main(argv):
    w = int(argv[1])
    h = int(argv[2])
    shapes = [Rect(w, h), Square(w), Square(h), Shape("blob")]
    names = []
    for s in shapes:
        print(s)
        names.append(s.name)
    names.insert(0, "first")
    print(names, len(names), names[-1], names.pop(1))
    total = 0.0
    for s in shapes:
        total = total + checked_area(s, 10.0)
    print("total", total)
    greeting = "héllo, " + "wörld ✓"
    print(greeting, greeting[1], len(greeting))
    raise ValueError("done with " + str(len(shapes)) + " shapes")


main(sys.argv)
