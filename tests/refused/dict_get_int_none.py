counts = {'a': 1}
print(counts.get('b'))
