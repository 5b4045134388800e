# Grid search: BFS over a maze with tuple keys in a dict and a list as a queue, then a recursive flood fill.
# matrix / grid algorithms: BFS shortest path, flood fill
from typing import List, Tuple
def bfs(grid: List[str], start: Tuple[int, int], goal: Tuple[int, int]) -> int:
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        if (r, c) == goal:
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1

maze = [
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#G",
]
print(bfs(maze, (0, 0), (4, 7)))
print(bfs(["S#G"], (0, 0), (0, 2)))
grid = [list(row) for row in maze]
def fill(r, c):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]) or grid[r][c] != ".":
        return 0
    grid[r][c] = "~"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 1))
print("\n".join("".join(row) for row in grid))
