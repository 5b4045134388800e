# A dict of lists: grouping, appending through d[k], and printing nested containers.
groups = {}
for n in range(20):
    key = n % 3
    if key not in groups:
        groups[key] = []
    groups[key].append(n)
print(groups)
groups[0].append(100)
print(groups[0], len(groups[1]))
by_len = {}
for word in ['a', 'bb', 'cc', 'ddd', 'e', 'fff']:
    by_len.setdefault(len(word), []).append(word)
print(by_len)
for length, words in by_len.items():
    print(length, words, len(words))
table = {'primes': [2, 3, 5, 7], 'evens': [2, 4, 6]}
table['odds'] = [1, 3]
print(table, table['primes'][-1])
print({'a': [[1], [2, 3]], 'b': []})
