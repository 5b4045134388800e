# A vector class with __slots__, arithmetic operators, __abs__ (through abs()), __eq__, __iter__ as a generator.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return self.x == o.x and self.y == o.y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y

a = Vector(3, 4)
b = Vector(1, 2)
print(a + b, a - b, a * 2, abs(a), a == Vector(3, 4), a != b)
x, y = list(a)
print(x, y, list(b), list(a + b))
vs = [Vector(i, -i) for i in range(3)]
print(vs, sum(abs(v) for v in vs))
