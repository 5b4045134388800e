# Conway's game of life on a torus: nested list comprehensions, tuples in loops, join of generator expressions.
def step(board):
    h = len(board)
    w = len(board[0])
    new = [[False] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if (dy or dx) and board[(y + dy) % h][(x + dx) % w]:
                        n += 1
            new[y][x] = n == 3 or (board[y][x] and n == 2)
    return new

def show(board):
    return "\n".join("".join("#" if c else "." for c in row) for row in board)

board = [[False] * 8 for _ in range(6)]
for y, x in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    board[y][x] = True
for gen in range(4):
    board = step(board)
print(show(board))
alive = sum(1 for row in board for c in row if c)
print("alive:", alive)
