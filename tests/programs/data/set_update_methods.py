# The in-place methods: update, intersection_update, difference_update,
# symmetric_difference_update, copy and clear.
s = {1, 2, 3}
s.update({3, 4, 5})
print(s)
s.update([10, 11])
print(s)
s.intersection_update({1, 2, 10, 99})
print(s)
s.intersection_update([2, 10, 50])
print(s)
s.difference_update({10})
print(s)
s.update(range(20))
s.difference_update(range(0, 20, 2))
print(s)
s.symmetric_difference_update({1, 100, 3})
print(s)
s.symmetric_difference_update([5, 200])
print(s)
c = s.copy()
c.clear()
print(c, len(c), s)
c.add(42)
print(c)
t = set(range(64))
for i in range(60):
    t.discard(i)
t -= {60}
print(t)
u = {1, 2}
u |= u
print(u)
u ^= u
print(u)
