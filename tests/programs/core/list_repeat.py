# Building lists with `[x] * n`: zero and one repetitions, floats, bools, and lists built this
# way are independent, so changing one item changes only that item.


def zeros(n):
    return [0] * n


def table(rows, cols):
    # A row-major grid in a flat list.
    grid = [0] * (rows * cols)
    for r in range(rows):
        for c in range(cols):
            grid[r * cols + c] = (r + 1) * (c + 1)
    return grid


print(zeros(5), zeros(1), zeros(0), zeros(-3))
ones = [1.0] * 4
ones[2] = 2.5
print(ones)
flags = [False] * 6
flags[0] = True
flags[-1] = True
print(flags)
t = table(3, 4)
print(t, len(t))
print(t[2 * 4 + 3], t[-1])

counts = [0] * 10
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    counts[n] += 1
print(counts)
pattern = [7, 8] * 3
print(pattern, len(pattern), 3 * [1])
