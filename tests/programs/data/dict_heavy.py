# A dict-heavy program: 1,000,000 insertions, lookups, deletions and reinsertions.
table = {}
n = 1000000
for i in range(n):
    table[(i * 7919) % 1000003] = i
print(len(table))
hits = 0
for i in range(0, 2000000, 3):
    if i in table:
        hits += 1
print(hits)
total = 0
for key, value in table.items():
    total += key - value
print(total)
for i in range(0, n, 2):
    del table[(i * 7919) % 1000003]
print(len(table))
for i in range(0, n, 4):
    table[i] = -i
print(len(table))
words = {}
for i in range(300000):
    w = 'k' + str(i % 10007)
    words[w] = words.get(w, 0) + i
print(len(words), words['k0'], words['k10006'])
