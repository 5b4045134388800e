# Matrices as a class: classmethod constructor, __add__, __mul__, __eq__, __repr__, __getitem__ with a tuple.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        cols = list(zip(*other.rows)) if False else [[other.rows[k][j] for k in range(other.n)] for j in range(other.m)]
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

a = Matrix([[1.0, 2.0], [3.0, 4.0]])
i2 = Matrix.identity(2)
print(a * i2 == a, a + a, (a * a)[1, 0])
print(a)
