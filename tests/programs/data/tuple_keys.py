# Tuples as dict keys and set members, hashing equal tuples alike, and tuples of mixed types.
grid = {}
for i in range(3):
    for j in range(3):
        grid[(i, j)] = i * 3 + j
print(grid[(1, 2)], (2, 2) in grid, (3, 0) in grid, len(grid))
seen = set()
for p in [(1, "a"), (2, "b"), (1, "a"), (2, "c")]:
    seen.add(p)
print(len(seen), (1, "a") in seen, (1, "b") in seen)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1, 2)), hash(()), hash((-1,)), hash((1, (2, 3))))
dist = {(0, 0): 0.0}
dist[(0, 1)] = 1.5
print(dist)
del grid[(0, 0)]
print(sorted(grid.items())[:3])
try:
    print(grid[(9, 9)])
except KeyError as e:
    print("missing", e)
counts = {}
for word in ["a", "b", "a"]:
    key = (word, len(word))
    counts[key] = counts.get(key, 0) + 1
print(counts)
