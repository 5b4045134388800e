# Lists are mutable objects passed by reference: a function changing its argument changes
# the caller's list, and two names bound to one list see the same items.


def push_twice(xs, v):
    xs.append(v)
    xs.append(v)


def bump_all(xs):
    for i in range(len(xs)):
        xs[i] += 1


def same(xs, ys):
    # Item by item, since == on whole lists is not part of the core.
    if len(xs) != len(ys):
        return False
    for i in range(len(xs)):
        if xs[i] != ys[i]:
            return False
    return True


def fresh(n):
    return [n] * 2


a = [1, 2]
b = a
push_twice(b, 3)
print(a, b, len(a))
bump_all(a)
print(a, b)

c = fresh(5)
d = fresh(5)
c[0] = 0
print(c, d, same(c, d))

e = [0.5, 1.5]
f = e
f[1] = -1.0
print(e, f)
print(same(e, f), same([1, 2], [1, 2]), same([1, 2], [2, 1]), same([1], [1, 1]))

lists_changed = 0
for i in range(3):
    push_twice(a, i)
    lists_changed += 1
print(a, b, lists_changed)
