# Keys of int, negative int, tuple, float, bool and str types, and None values.
d = {}
for i in range(-5, 6):
    d[i] = i * i
print(d)
print(d[-5], d[0], -1 in d, 99 in d)
points = {(0, 0): 'origin', (1, 2): 'a', (-3, 4): 'b'}
print(points[(1, 2)], (0, 0) in points, (9, 9) in points)
points[(5, 5)] = 'c'
del points[(0, 0)]
print(points)
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], len(grid))
named = {('alice', 30): True, ('bob', 25): False}
print(named, named[('bob', 25)])
floats = {0.5: 'half', 1.0: 'one', -2.25: 'neg'}
print(floats, floats[1.0])
big = {2**62: 'big', -2**62: 'small', 9223372036854775807: 'max'}
print(big, big[2**62])
optional = {'a': None, 'b': 'bee'}
print(optional)
nested_tuples = {((1, 2), 3): 'n'}
print(nested_tuples[((1, 2), 3)])
