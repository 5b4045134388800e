# A list made by repeating [None], filled later with instances (the repeated list's items are
# wider than the literal's), and functions returning tuples unpacked by the caller.


class Task:
    def __init__(self, n):
        self.n = n


table = [None] * 4
table[1] = Task(5)
table[3] = Task(7)
total = 0
for t in table:
    if t is not None:
        total += t.n
print(total, [t is None for t in table])


def pair(a):
    return a, a * 2


x, y = pair(3)
p = pair(4)
print(x, y, p[0] + p[1], p)
