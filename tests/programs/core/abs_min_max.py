# abs(), min() and max() of scalars: ints with ints, floats with floats, two or more
# arguments; ties return the first argument.


def clamp(x, low, high):
    return max(low, min(x, high))


print(abs(5), abs(-5), abs(0), abs(-9223372036854775807))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0))
print(min(3, 1), min(-2, 8), max(3, 1), max(-2, 8))
print(min(4, 2, 9, 1, 7), max(4, 2, 9, 1, 7))
print(min(1.5, -0.5), max(1.5, -0.5), min(2.0, 2.5, 1.75), max(0.1, 0.2, 0.3))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))

for x in [-10, 0, 5, 99, 101]:
    print(x, clamp(x, 0, 100))

best = 0
worst = 1000
for v in [17, 4, 88, 23, 61]:
    best = max(best, v)
    worst = min(worst, v)
print("range", worst, best, best - worst)

distance = 0.0
for d in [-3.5, 2.0, -0.25]:
    distance = distance + abs(d)
print("distance", distance, abs(-7 // 2), abs(7 - 12))
print(max(True, False), min(True, False))

# min()/max() of several strs: ordered by code point, the first of equal ones kept.
words = ["pear", "fig", "banana", "kiwi", "é", "€"]
def length(w):
    return len(w)
print(min(min(words), max(words), min(words, key=length), max(words, key=length)))
print(max("b", "a", "c"), min("b", "a", "b"), max("é", "€", "z"), min("x", words[0]))
a = "same"
b = "sam" + "e"
print(min(a, b) is a, max(a, b) is a, max(b, a) is b)
