# Refused: reading an attribute no code sets (here a misspelt one): Wyrm suggests the closest.
class Point:
    def __init__(self, x):
        self.x = x


p = Point(3)
print(p.xx)
