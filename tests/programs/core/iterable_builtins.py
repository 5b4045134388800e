# sum, min, max, any, all, list(), sorted() and str.join over lists, ranges, strings and
# generator expressions; any/all stop at the first deciding item.


def noisy(x):
    print("check", x)
    return x > 2


def length(word):
    return len(word)


xs = [1, 2, 3, 4, 5]
words = ["pear", "fig", "banana", "kiwi"]
print(any(noisy(x) for x in xs))
print(all(noisy(x) for x in xs))
print(any(x > 10 for x in xs), all(x > 0 for x in xs), any([]), all([]))
print(any(a * b == 6 for a in range(1, 4) for b in range(1, 4) if a != b))
print(all(a + b < 5 for a in range(3) for b in range(3)))
print(all("abc"), any(""), any([0, 0, 3]), all([1, 0]))
print(sum(x * x for x in xs), sum(xs), sum(xs, 10), sum(xs, start=-15))
print(sum([0.5, 0.25]), sum(range(101)), sum(x / 2 for x in xs), sum([0.1] * 10))
print(sum([True, True, False]), sum([], 0.0), sum([1, 2], 0.5))
print(min(xs), max(xs), min("hello"), max(x % 3 for x in xs), min(range(7, 2, -1)))
print(min(words), max(words), min(words, key=length), max(words, key=length))
print(max([], default=-1), min([4, 2], default=0), max([2.5, -1.0]))
print(list("abc"), list(range(3)), list(xs) == xs, list(xs) is xs)
print(sorted(x for x in "hello"), sorted(w[::-1] for w in words) if False else sorted(words))
print(", ".join(w.upper() for w in words), "".join(str(d) for d in range(5)))
try:
    print(min([n for n in xs if n > 9]))
except ValueError as error:
    print("ValueError:", error)
try:
    print(max(""))
except ValueError as error:
    print("ValueError:", error)
