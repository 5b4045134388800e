# N-queens: count every placement of n queens on an n x n board that leaves no two attacking,
# by backtracking over columns and both diagonals kept in lists of bools.
# Exercises recursion, list reads and writes, and branches (Wyrm's core subset).
# bench-size: 13
# bench-scale: exponential 5
import sys


def place(row, n, cols, diag1, diag2, queens):
    if row == n:
        # A checksum of the solution: the column of each row's queen, as a base-n number.
        code = 0
        for r in range(n):
            code = (code * n + queens[r]) % 1000003
        return [1, code]
    solutions = 0
    checksum = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
            cols[c] = True
            diag1[row + c] = True
            diag2[row - c + n - 1] = True
            queens[row] = c
            found = place(row + 1, n, cols, diag1, diag2, queens)
            solutions += found[0]
            checksum = (checksum + found[1]) % 1000003
            cols[c] = False
            diag1[row + c] = False
            diag2[row - c + n - 1] = False
    return [solutions, checksum]


def main(n):
    cols = [False] * n
    diag1 = [False] * (2 * n - 1)
    diag2 = [False] * (2 * n - 1)
    queens = [0] * n
    result = place(0, n, cols, diag1, diag2, queens)
    print("solutions", result[0], "checksum", result[1])


main(int(sys.argv[1]))
