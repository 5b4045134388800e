# Lists of scalars: literals, indexing from either end with negative indices, item
# assignment, len(), and printing lists of ints, floats, bools and empty lists.

primes = [2, 3, 5, 7, 11, 13]
print(primes, len(primes))
print(primes[0], primes[1], primes[-1], primes[-2], primes[-len(primes)])

primes[0] = 1
primes[-1] = 17
print(primes)

temps = [21.5, 19.0, -3.25, 0.1 + 0.2]
print(temps, temps[2], temps[-1])
flags = [True, False, True]
print(flags, flags[1], not flags[-1])
empty = []
print(empty, len(empty))
nested_index = [0, 1, 2, 3]
print(nested_index[nested_index[2]], nested_index[nested_index[-1] - 3])

i = len(temps) - 1
while i >= 0:
    print(i, temps[i], temps[-1 - i])
    i -= 1

words = ["alpha", "beta"]
print(words, words[-1])
grid = [0, 0, 0, 0]
grid[1] = 5
grid[grid[1] - 2] = 9
print(grid, grid[1] + grid[3])
