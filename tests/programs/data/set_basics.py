# Set displays, set(), add, remove, discard, in, len, truth value, iteration and printing.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(s)
s.remove(3)
s.discard(99)
s.discard(10)
print(s, len(s))
e = set()
print(e, len(e), bool(e), bool(s))
if not e:
    print('empty')
e.add('x')
print(e, repr(e), str(e), f'{e}')
for x in {5, 6, 7}:
    print(x)
total = 0
for x in s:
    total += x
print(total)
words = {'only'}
print(words, 'only' in words)
print({1.5, 2.5}, {(1, 2), (3, 4)}, {True}, {False, True}, {None})
squares = {i * i for i in range(-4, 5)}
print(squares, len(squares))
print(set([3, 3, 1]), set('hello') == {'h', 'e', 'l', 'o'})
