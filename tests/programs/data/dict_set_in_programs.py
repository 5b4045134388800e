# Dicts and sets in ordinary programs: globals, instance attributes, function results, lists
# of dicts, dicts of sets, comprehensions, any/all, enumerate-free counting.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a, len(a.items()), sum(a.values()), sorted(a, reverse=True))
cache = None
def get_cache():
    global cache
    c = cache
    if c is None:
        c = {}
        cache = c
    return c
get_cache()['k'] = 5
print(cache)
class Registry:
    def __init__(self):
        self.items = {}
        self.tags = set()
    def register(self, name, value):
        self.items[name] = value
        self.tags.add(name[0])
r = Registry()
r.register('alpha', 1)
r.register('beta', 2)
r.register('apple', 3)
print(r.items, sorted(r.tags), len(r.tags))
rows = [{'id': 1}, {'id': 2}]
rows.append({'id': 3})
print(rows, [row['id'] for row in rows])
graph = {'a': {'b', 'c'}, 'b': {'c'}, 'c': set()}
print(graph['a'] == {'c', 'b'}, len(graph['c']))
def count(xs):
    result = {}
    for x in xs:
        result[x] = result.get(x, 0) + 1
    return result
print(count([1, 2, 2, 3, 3, 3]), count('banana'))
print(any(v > 10 for v in a.values()), all(k in a for k in ['x', 'y']))
inv = {v: k for k, v in a.items()}
print(inv)
print({k: len(v) for k, v in graph.items()})
s = {x % 5 for x in range(20)}
print(s, min(s), max(s))
m = {}
m[(1, 'a')] = [1]
m[(1, 'a')].append(2)
print(m)
