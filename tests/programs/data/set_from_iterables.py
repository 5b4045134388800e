# set() of lists, strs, ranges, sets, dicts and views; list() and sorted() of sets and dicts.
print(set([5, 3, 5, 1, 3]))
print(set(range(10, 0, -1)))
print(set(range(-5, 5)))
letters = set('mississippi')
print(sorted(letters), len(letters))
s = {8, 4, 2}
print(set(s), set(s) == s)
d = {30: 'a', 10: 'b', 20: 'c', 9: 'd', 1: 'e'}
print(set(d), set(d.keys()), set(d.values()) == {'a', 'b', 'c', 'd', 'e'})
print(list(s), sorted(s), sorted(s, reverse=True), sum(s), max(s), min(s))
print(list(d), sorted(d), list(d.values()), sorted(d.values()))
big = set(range(100))
big2 = set(big)
print(big2 == big, len(big2))
for x in range(0, 100, 2):
    big.discard(x)
print(set(big))
from_dict = {}
for i in range(50):
    from_dict[i * 3 % 50] = i
print(set(from_dict))
print(sorted({'pear', 'apple', 'fig'}))
t = set()
t.update([3, 2, 1])
t.update({10, 20})
t.update(d)
t.update(range(5))
print(t)
