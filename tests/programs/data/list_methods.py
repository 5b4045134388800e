# list methods and comparisons: sorted with key and reverse, sort, index, count, membership, reverse, remove, copy, extend, lexicographic comparison.
xs = [5, 3, 8, 1, 9, 2, 8]
ys = sorted(xs)
print(ys, sorted(xs, reverse=True), xs)
xs.sort()
print(xs, xs.index(8), xs.count(8), 3 in xs, 4 in xs)
xs.reverse()
print(xs)
xs.remove(8)
zs = xs.copy()
zs.extend([100, 200])
print(xs, zs, xs == zs, [1, 2] < [1, 3], [1, 2] == [1, 2], [2] > [1, 5])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
big = []
for i in range(1000):
    big.append((i * 7919) % 1009)
big.sort()
print(big[0], big[500], big[999], len(big))
print(5 in range(0, 10, 2), 4 in range(0, 10, 2), "fox" in "the fox", "cat" in "the fox")
try:
    xs.index(1000)
except ValueError as e:
    print(e)
