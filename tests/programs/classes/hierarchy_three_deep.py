# Three levels of classes with overriding at each level: virtual calls through the base,
# super() chains in __init__ and in methods, class attributes overridden per level, and
# isinstance narrowing over the hierarchy.


class Shape:
    kind = "shape"
    sides = 0

    def __init__(self, name):
        self.name = name
        self.scale = 1.0

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.kind} {self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def grow(self, factor):
        self.scale *= factor
        return self


class Polygon(Shape):
    kind = "polygon"

    def __init__(self, name, lengths):
        super().__init__(name)
        self.lengths = lengths

    def perimeter(self):
        total = 0.0
        for length in self.lengths:
            total += length * self.scale
        return total

    def describe(self):
        return super().describe() + f" sides={len(self.lengths)}"


class Rectangle(Polygon):
    kind = "rectangle"

    def __init__(self, name, width, height):
        super().__init__(name, [width, height, width, height])
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height * self.scale * self.scale


class Square(Rectangle):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    def describe(self):
        return "[" + super().describe() + "]"


class Circle(Shape):
    kind = "circle"

    def __init__(self, name, radius):
        Shape.__init__(self, name)
        self.radius = radius

    def area(self):
        r = self.radius * self.scale
        return 3.14159 * r * r

    def perimeter(self):
        return 2 * 3.14159 * self.radius * self.scale


shapes = [Shape("point"), Polygon("tri", [3.0, 4.0, 5.0]), Rectangle("r", 2.0, 3.0), Square("s", 2.0), Circle("c", 1.0)]
for s in shapes:
    print(s.describe())

print("--- grown")
for s in shapes:
    print(s.grow(2.0).describe())

print("--- kinds")
for s in shapes:
    tags = []
    if isinstance(s, Polygon):
        tags.append("polygon:" + str(len(s.lengths)))
    if isinstance(s, Rectangle):
        tags.append(f"rect {s.width}x{s.height}")
    if isinstance(s, Square):
        tags.append("square")
    if isinstance(s, Circle):
        tags.append(f"radius {s.radius}")
    print(s.name, s.kind, tags)

total = 0.0
for s in shapes:
    total += s.area()
print(f"total area {total:.3f}")
largest = shapes[0]
for s in shapes:
    if s.area() > largest.area():
        largest = s
print("largest", largest.name, largest.kind)
