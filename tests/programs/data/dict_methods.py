# The methods of dict: get, setdefault, pop, popitem, update, copy, clear, keys/values/items.
d = {'apple': 3, 'banana': 5}
print(d.get('apple', 0), d.get('cherry', 0), d.get('banana', -1))
print(d.setdefault('cherry', 7), d.setdefault('apple', 100), d)
print(d.pop('banana'), d.pop('nothing', 42), d)
d['kiwi'] = 1
d['lime'] = 2
print(d.popitem(), d)
other = {'apple': 30, 'mango': 9}
d.update(other)
print(d)
c = d.copy()
c['apple'] = 0
print(c, d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), 'mango' in d.keys(), 9 in d.values(), 99 in d.values())
d.clear()
print(d, len(d))
d['again'] = 1
print(d)
names = {'x': 'ex'}
print(names.get('y'), names.get('x'))
f = dict(c)
f['new'] = 5
print(f, c)
print(dict([('a', 1), ('b', 2)]))
