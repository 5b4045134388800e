# Value objects with __eq__ and __hash__ as dict keys and set members: equal points find each
# other, hash() uses the class's __hash__, and lookups call __eq__ only when the hashes match
# and the objects differ (CPython tries identity first).


class Stats:
    def __init__(self):
        self.eq_calls = 0


STATS = Stats()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        STATS.eq_calls += 1
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(hash(p) == hash((1, 2)), hash(p) == hash(Point(1, 2)))
grid = {}
for x in range(3):
    for y in range(3):
        grid[Point(x, y)] = x * 3 + y
print(len(grid), grid[Point(2, 1)], grid[p], Point(5, 5) in grid)
calls = STATS.eq_calls
print("eq calls so far", calls > 0)
grid[p] = 100
print(grid[Point(1, 2)], len(grid))

seen = set()
duplicates = []
for q in [Point(0, 0), Point(1, 1), Point(0, 0), p, Point(1, 2), Point(1, 1)]:
    if q in seen:
        duplicates.append(q)
    seen.add(q)
print(len(seen), duplicates)

before = STATS.eq_calls
same = {p: "p"}
print(same[p], STATS.eq_calls == before)
print(same.get(Point(1, 2), "missing"), STATS.eq_calls == before + 1)

path = [Point(0, 0), Point(0, 1), Point(1, 1), Point(0, 1), Point(0, 0)]
visits = {}
for step in path:
    visits[step] = visits.get(step, 0) + 1
print(visits)
print(sorted(visits.values()), list(visits))
print(Point(3, 4) == Point(3, 4), Point(3, 4) != Point(4, 3), p in [Point(9, 9), Point(1, 2)])
try:
    print(grid[Point(7, 7)])
except KeyError as e:
    print("KeyError:", e)
