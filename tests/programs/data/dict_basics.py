# Dict displays, indexing, assignment, deletion, `in`, len, truth value and printing.
d = {'a': 1, 'b': 2, 'c': 3}
print(d)
print(d['a'], d['c'], len(d))
d['b'] = 20
d['d'] = 4
print(d, len(d))
del d['a']
print(d, 'a' in d, 'b' in d, 'z' not in d)
empty = {}
print(empty, len(empty), bool(empty), bool(d))
if d:
    print('non-empty')
if not empty:
    print('empty')
e = dict()
e[1] = 'one'
e[2] = 'two'
print(e, repr(e), str(e))
print(f'{e}')
squares = {i: i * i for i in range(6)}
print(squares)
print({True: 'yes', False: 'no'}, {1.5: 'x', -0.0: 'z'})
print({'quote': "it's", 'nl': 'a\nb'})
n = {'x': None, 'y': None}
print(n, n['x'])
