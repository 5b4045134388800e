# Empty containers everywhere: printing, len, truth, iteration, methods and errors on them.
xs = []
d = {}
s = set()
t = ()
print(xs, d, s, t, len(xs), len(d), len(s), len(t))
print(bool(xs), bool(d), bool(s), not xs)
for x in xs:
    print("never")
print(sum(xs), sorted(xs), list(reversed(xs)), xs * 3, xs + [])
xs.extend([])
xs.sort()
xs.reverse()
print(xs, xs.copy(), xs.count(1))
print(d.get("k"), d.get("k", 0), list(d.keys()), list(d.values()), list(d.items()))
d.update({})
print(d, {} == d, s == set(), s <= {1}, s | {1}, s & {1}, {1} - s)
print("".join([]), ",".join(xs_s for xs_s in []), "".split(","), " ".split())
print(max([], default=-1), min([], default="none"), any([]), all([]))
try:
    xs.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    [].index(3)
except ValueError as e:
    print("ValueError:", e)
