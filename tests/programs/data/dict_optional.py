# Dicts that may be None, lookups with keys of another type, and empty dicts and sets.
import sys
d = None
if len(sys.argv) < 5:
    d = {'a': 1}
if d is not None:
    print(d['a'], len(d))
print(d)
f = {1.5: 'x', 2.0: 'y'}
print(f[2], 2 in f, f.get(1, 'none'))
s = {1, 2, 3}
print(1.0 in s, 'a' in s)
e = {}
print('k' in e, e.get('k', 3), len(e))
t = set()
print(3 in t, t == set(), t)
for x in t:
    print(x)
def maybe(flag):
    if flag:
        return {'x': [1]}
    return None
m = maybe(len(sys.argv) > 0)
if m:
    print(m['x'])
print(hash(1), hash(-1), hash(2.5), hash((1, 2)), hash(True), hash(''), hash(10**18))
print([None, {'a': 1}], [{1}, None], [None, [1]])
