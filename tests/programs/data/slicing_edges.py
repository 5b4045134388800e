# Slicing of lists and strings at the edges: negative, out of range, empty, steps of every sign.
xs = list(range(10))
s = "abcdefghij"
print(xs[-3:], xs[:-3], xs[-100:3], xs[7:100], xs[5:2], xs[100:], xs[-100:-90])
print(s[-3:], s[:-3], s[-100:3], s[7:100], s[5:2], s[100:], repr(s[-100:-90]))
print(xs[::2], xs[1::3], xs[::-1], xs[::-3], xs[8:2:-2], xs[2:8:-1], xs[-1:-11:-1])
print(s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2], repr(s[2:8:-1]))
ys = list(range(10))
ys[2:5] = [20, 30]
print(ys)
ys[::2] = [0, 0, 0, 0, 0]
print(ys)
ys[1:1] = [7, 7, 7]
print(ys)
del ys[::3]
print(ys)
del ys[-2:]
print(ys)
ys[:] = []
print(ys, len(ys))
try:
    zs = [1, 2, 3, 4]
    zs[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
try:
    print(xs[::0])
except ValueError as e:
    print("ValueError:", e)
empty = []
print(empty[:], empty[::-1], empty[5:], ""[::-1] == "")
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[-2:], t[10:])
