# The same str key looked up again and again (the dict remembers the key it found last):
# every way of removing or moving entries between two lookups of one key must be seen.


def show(d):
    print(len(d), sorted(d.items()))


counts = {}
words = "a b a c b a d e f g h i j k l m n o p q r s t u v w x y z a".split()
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
show(counts)

key = words[0]
print(counts[key], key in counts)
del counts[key]
print(key in counts, counts.get(key, -1))
counts[key] = 10
print(counts[key])
print(counts.pop(key), key in counts, counts.pop(key, 0))
counts[key] = 11
last = counts.popitem()
print(last, key in counts)
counts[key] = 12
counts.setdefault(key, 99)
print(counts[key])

# Growth moves every slot: the key found before the table grew is found again after.
d = {}
first = "k0"
d[first] = 0
print(d[first])
for i in range(1, 200):
    d["k" + str(i)] = i
    if d[first] != 0:
        print("lost", i)
print(d[first], len(d))
d.clear()
print(first in d, len(d))
d[first] = 5
other = dict(d)
other[first] += 1
print(d[first], other[first])
d.update(other)
print(d[first])
try:
    del d[first]
    print(d[first])
except KeyError as e:
    print("KeyError", e)
# Keys of another type are never the remembered one.
print(d.get(0, -1), 1.5 in d, first in d, d.get(first, -2))
