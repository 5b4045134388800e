# dict() of iterables of pairs: lists of tuples, generator expressions, zip, enumerate,
# dict views and other dicts; later pairs win for repeated keys and keep the first position.

names = ["ann", "bob", "cid"]
ages = [31, 25, 47]
print(dict(zip(names, ages)))
print(dict([("x", 1), ("y", 2), ("x", 3)]))
print(dict((n, len(n)) for n in names))
print(dict((i, i * i) for i in range(5) if i % 2 == 0))
print(dict(enumerate(names)))
print(dict({"a": 1}.items()), dict({"b": 2}))
pairs = []
for i in range(3):
    pairs.append((str(i), float(i) / 2))
d = dict(pairs)
print(d, len(d), d["2"])
inverse = dict((v, k) for k, v in dict(zip(names, ages)).items())
print(inverse, inverse[25])
print(dict([]), dict((k, v) for k, v in []))
counts = dict(zip("abc", [0, 0, 0]))
for ch in "abacabca":
    counts[ch] += 1
print(counts)
