# type(x).__name__ and __qualname__ of instances of several classes and of caught exceptions.
class Shape:
    pass
class Circle(Shape):
    pass
class Square(Shape):
    pass
for s in [Circle(), Square(), Shape()]:
    print(type(s).__name__, type(s).__qualname__)
print(Circle.__name__)
errors = [ValueError("v"), KeyError("k"), ZeroDivisionError("z")]
for e in errors:
    try:
        raise e
    except Exception as caught:
        print(type(caught).__name__, caught)
