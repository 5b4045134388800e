# enumerate (with start), zip of two and three iterables, reversed, map of one and two iterables,
# filter with a function and with None: lazy, as in CPython.

words = ["pear", "fig", "kiwi"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, start=1):
    print(i, w, end="; ")
print()
print(list(enumerate("ab")), list(zip([1, 2, 3], "xy")), list(zip(words, range(10), words)))
print(list(reversed(words)), list(reversed("abc")), list(reversed(range(4))))
print(list(map(len, words)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(lambda w: len(w) > 3, words)), list(filter(None, [0, 1, 2, 0])))
total = 0
for a, b in zip(range(5), range(10, 15)):
    total += a * b
print(total, sum(x for x in map(len, words)))
