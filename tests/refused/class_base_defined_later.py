# A base class defined further down: it is not bound yet when this class statement runs.
class Circle(Shape):
    pass


class Shape:
    pass


print(Circle())
