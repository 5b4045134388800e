# Sets of floats, bools and tuples iterate in CPython's order too (their hashes are CPython's).
print({0.5, 1.5, 2.0, -3.25, 1e10, 1e-5, 100.0})
print({(1, 2), (2, 1), (0, 0), (-1, 5), (3, 3)})
print({(1.5, 2), (0.0, -1), (2.25, 7)})
pts = set()
for x in range(4):
    for y in range(4):
        pts.add((x, y))
print(pts)
pts.discard((0, 0))
pts.add((9, 9))
print(pts)
print({True, False}, {False}, {True})
fl = set()
for i in range(20):
    fl.add(i / 4)
print(fl)
print({((1, 2), 3), ((0, 0), 0)})
