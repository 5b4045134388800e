# Module-level code and constants: names bound at the top level are read by functions defined
# before or after them, and module code runs top to bottom around the definitions.
import math

WIDTH = 8
HEIGHT = 5
RATE = 0.075
GREETING = "report"
DEBUG = False

print("start", GREETING)


def cells():
    return WIDTH * HEIGHT


def interest(amount, years):
    total = amount
    for i in range(years):
        total = total * (1 + RATE)
    return total


def circle_area(r):
    return math.pi * r * r


def uses_later():
    return LATE_CONSTANT * 2


RADIUS = 2.0
LATE_CONSTANT = 21


print(cells(), WIDTH, HEIGHT)
print(interest(1000.0, 1), interest(1000.0, 10))
print(circle_area(1.0), circle_area(RADIUS))
if DEBUG:
    print("debugging")
else:
    print("not debugging")
side = WIDTH - HEIGHT
area = side * side
print("derived", side, area, uses_later())
print("end", GREETING)
