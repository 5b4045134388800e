# A base-class method that only raises (an abstract method), overridden in the subclasses and
# called through the base class.


class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return "area " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Blob(Shape):
    pass


shapes = [Square(3), Square(4)]
for s in shapes:
    print(s.describe())
try:
    print(Blob().describe())
except NotImplementedError:
    print("Blob has no area")
