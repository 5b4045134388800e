# A missing key raises KeyError with the key's repr in the traceback.
d = {'a': 1, 'b': 2}
try:
    print(d['c'])
except KeyError as e:
    print('caught', e)
try:
    del d['zz']
except KeyError as e:
    print('caught del', e)
try:
    d.pop('q')
except KeyError as e:
    print('caught pop', e)
try:
    {}.popitem()
except KeyError as e:
    print('caught popitem', e)
t = {(1, 2): 'x'}
try:
    t[(3, 4)]
except KeyError as e:
    print('caught tuple', e)
def lookup(table, key):
    return table[key]
print(lookup(d, 'a'))
print(lookup(d, 'missing'))
