# Changing a dict's size while iterating over it raises RuntimeError.
d = {'a': 1, 'b': 2}
for k in d:
    print(k)
    d['c'] = 3
