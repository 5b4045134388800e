# List comprehensions: clauses, nesting, scoping (the loop variable does not leak), and use
# inside methods.


class Grid:
    def __init__(self, n):
        self.n = n
        self.cells = [[r * n + c for c in range(n)] for r in range(n)]

    def diagonal(self):
        return [self.cells[i][i] for i in range(self.n)]

    def column(self, c):
        return [row[c] for row in self.cells]


def evens_squared(limit):
    return [x * x for x in range(limit) if x % 2 == 0 if x > 2]


def flatten(rows):
    return [v for row in rows for v in row]


g = Grid(4)
print(g.cells)
print(g.diagonal(), g.column(3))
print(evens_squared(12))
print(flatten(g.cells))
scale = 3
print([[scale * v for v in row if v % 2 == 0] for row in g.cells])
print([c.upper() for word in ["ab", "cd"] for c in word if c != "c"])
x = 100
print([x for x in range(3)], x)
print([x + y for x in range(3) for y in range(x)])
print([str(n) for n in [3, 1, 2]], [len(w) for w in "a bb ccc".split()])
print([n for n in range(5) if n > 10])
print([[0] * 2 for _ in range(3)])
first = [1, 2, 3]
print([first[i] * 2 for i in range(len(first))])
print([i if i % 2 else -i for i in range(6)])
