# Calls through a method table (an overridden method called on a base-class value): values,
# conversions between implementations' results, exceptions raised inside, a class whose method
# only raises, and a class without the method.


class Shape:
    def area(self):
        return 0

    def scale(self, k):
        raise NotImplementedError("scale")


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        if self.side < 0:
            raise ValueError("negative side")
        return self.side * self.side

    def scale(self, k):
        self.side *= k


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def label(self):
        return "circle"


class Odd(Shape):
    def area(self):
        raise KeyError("odd has no area")


def total(shapes):
    t = 0
    for s in shapes:
        try:
            t += s.area()
        except ValueError as e:
            print("ValueError:", e)
        except KeyError as e:
            print("KeyError:", e)
    return t


def grow(shapes):
    for s in shapes:
        try:
            s.scale(2)
            print("scaled", s.area())
        except NotImplementedError as e:
            print("cannot scale", type(s).__name__, e)


def labels(shapes):
    for s in shapes:
        if isinstance(s, Circle):
            print(s.label())


shapes = [Square(3), Circle(2), Square(-1), Odd(), Shape()]
print(total(shapes))
grow([Square(1), Circle(1), Shape()])
labels(shapes)


def deep(s, n):
    if n == 0:
        return s.area()
    return deep(s, n - 1) + 1


print(deep(Square(2), 10))
print(deep(Odd(), 3))
