# Sets: printing in CPython's order for small ints and strings of one run, operators and methods.
a = {5, 1, 3, 9, 7}
b = {3, 4, 5, 6}
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 3} <= a, a >= {9}, {1} < a, a > a)
c = set(range(20, 0, -3))
print(c, sorted(c))
c.discard(100)
c.discard(20)
c.remove(17)
print(c, len(c), 14 in c, 17 in c)
u = set()
u.update([3, 1])
u.update((2,))
u.update({9})
print(u)
print({x % 4 for x in range(10)}, set("hello") == {"h", "e", "l", "o"})
print(sorted({"pear", "apple", "fig"}))
try:
    u.remove(42)
except KeyError as e:
    print("KeyError", e)
