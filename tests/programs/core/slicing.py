# Slices of lists, strings and tuples with every combination of missing, negative, too large and
# stepped bounds; slice assignment (growing, shrinking, extended) and deletion; list and tuple
# concatenation, and += on lists (in place).

xs = [0, 1, 2, 3, 4, 5, 6, 7]
s = "hello world"
print(xs[2:5], xs[:3], xs[5:], xs[::2], xs[::-1], xs[-3:], xs[:-3], xs[6:2:-2], xs[100:], xs[-100:2])
print(s[0:5], s[6:], s[::-1], s[::3], s[-5:-1], s[4:1], s[:0], s[1:100], s[-1::-2])
t = (1, "a", 2.5, None)
print(t[1:3], t[::-1], t[:2], t[2:], t[:0])
ys = list(range(10))
ys[2:5] = [20, 30]
print(ys)
ys[::3] = [-1, -2, -3]
print(ys)
del ys[1:3]
print(ys)
del ys[::2]
print(ys)
zs = [1, 2, 3]
zs[1:1] = [9, 9, 9]
zs[:] = zs + [4]
print(zs)
try:
    zs[::2] = [1]
except ValueError as e:
    print(e)
try:
    print(xs[::0])
except ValueError as e:
    print(e)
n = 2
print(xs[n:n + 3], s[n:-n], "abcdef"[1::2], xs[n:][n:], s[-n:] + s[:n])
a = [1, 2]
b = a
a += [3]
print(a, b, a is b, a + [4], (1, "x") + (2.5,), [] + a)
c = []
c += a
c = c + c
print(c, c[len(c) // 2:])


def chunks(items, size):
    out = []
    i = 0
    while i < len(items):
        out.append(items[i:i + size])
        i += size
    return out


print(chunks(list(range(7)), 3), chunks("abcdefg", 2))
