# Unpacking iterable objects: a class whose __iter__ is a generator, generators, nested targets, for targets, and CPython's ValueErrors for too many or too few items.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __iter__(self):
        yield self.x
        yield self.y

def pair():
    yield "a"
    yield "b"

p = Point(3, 4)
x, y = p
print(x, y)
a, b = pair()
print(a, b)
(u, v), w = [Point(1, 2), Point(5, 6)]
print(u, v, w.x)
for px, py in [Point(7, 8), Point(9, 10)]:
    print(px + py)
def three():
    yield 1
    yield 2
    yield 3
try:
    q, r = three()
except ValueError as e:
    print("ValueError:", e)
try:
    q, r, s, t = three()
except ValueError as e:
    print("ValueError:", e)
s1, s2 = "hi"
t1, t2 = (1, "z")
print(s1, s2, t1, t2)
