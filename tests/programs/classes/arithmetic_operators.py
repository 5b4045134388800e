# Arithmetic on instances through special methods: __add__, __sub__, __mul__ with a scalar,
# __rmul__, __neg__, __abs__-like methods, __eq__/__ne__, __lt__ for sorting, in-place
# operators falling back to the binary ones, and __repr__ in containers.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return self.norm2() < other.norm2()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, a * 3, 2 * b, -a)
print(a == Vec(1, 2), a != b, a == b)
c = a
c += b
c -= Vec(1, 1)
c *= 2
print(c, a)
points = [Vec(3, 4), Vec(0, 1), Vec(-2, 2), Vec(1, 0)]
print(sorted(points), min(points), max(points))
total = Vec(0, 0)
for p in points:
    total = total + p
print(total, total.norm2())
print(a < b, b < a, sorted(points, reverse=True)[0])
