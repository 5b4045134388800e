# Iteration over dicts and their views, with tuple unpacking of the items.
prices = {'tea': 2.5, 'coffee': 3.0, 'cake': 4.25}
for name in prices:
    print(name, prices[name])
for name, price in prices.items():
    print(f'{name}: {price}')
for price in prices.values():
    print(price)
for key in prices.keys():
    print(key.upper())
total = 0.0
for v in prices.values():
    total += v
print(total)
print(list(prices), sorted(prices), sorted(prices.values()), sorted(prices.items()))
print(max(prices), min(prices.values()), sum(prices.values()))
print([k for k in prices if len(k) > 3])
inverse = {}
for k, v in prices.items():
    inverse[v] = k
print(inverse)
nested = {'a': {'x': 1, 'y': 2}, 'b': {}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
print(', '.join(prices), '-'.join(sorted({'b', 'a'})), '+'.join({'only'}))
