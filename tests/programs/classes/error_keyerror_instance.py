# A KeyError for a missing instance key, uncaught: the traceback shows the key's repr (from
# its class's __repr__), as CPython's KeyError does.


class Cell:
    def __init__(self, row, col):
        self.row = row
        self.col = col

    def __eq__(self, other):
        return self.row == other.row and self.col == other.col

    def __hash__(self):
        return self.row * 100 + self.col

    def __repr__(self):
        return f"Cell({self.row}, {self.col})"


board = {Cell(0, 0): "X", Cell(1, 1): "O"}
print(board[Cell(1, 1)])
print(board[Cell(2, 2)])
