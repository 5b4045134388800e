# print(*xs) of lists (any length, empty too) and of tuples, with sep and end, after other
# arguments, and to stderr.
import sys

xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print("values:", *xs, sep=" | ", end=".\n")
print(*[])
print("nothing:", *[])
words = "the quick brown fox".split()
print(*words, sep="_")
print(*[w.upper() for w in words if len(w) > 3])
print(*[[1, 2], [3]], sep="; ")
print(*[1.5, 2.25])
print(*("tuple", 1, None, True))
print(*xs, file=sys.stderr)
for n in range(4):
    print(n, *list(range(n)))
