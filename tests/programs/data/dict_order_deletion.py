# Insertion order survives deletions, reinsertions, popitem and growth (compaction).
d = {}
for i in range(10):
    d[i] = str(i)
for i in range(0, 10, 3):
    del d[i]
print(d)
d[0] = 'zero'
d[3] = 'three'
print(d, list(d))
d[5] = 'FIVE'
print(d)
for i in range(100, 140):
    d[i] = 'x'
    if i % 2 == 0:
        del d[i]
print(list(d))
print(d.popitem(), d.popitem(), len(d))
big = {}
for i in range(1000):
    big[i] = i
for i in range(999):
    del big[i]
print(big)
big[-5] = 5
print(big, len(big))
keys = list(big.keys())
print(keys)
s = {}
for w in ['b', 'a', 'c', 'a', 'b', 'd']:
    if w in s:
        del s[w]
    s[w] = len(s)
print(s)
