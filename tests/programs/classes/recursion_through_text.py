# RecursionError at CPython's depth when the recursion runs through support code that calls
# the program's methods: str() of an instance whose __str__ asks for the text of another, a
# list of them printed, a tuple in an f-string, virtual calls through a method table, and the
# builtin repr().


class Chain:
    def __init__(self, next_link, depth):
        self.next_link = next_link
        self.depth = depth

    def __repr__(self):
        if self.next_link is None:
            return "end"
        return "<" + str(self.next_link) + ">"


class Shape:
    def size(self, n):
        return 0


class Square(Shape):
    def size(self, n):
        if n == 0:
            return 1
        return 1 + self.size(n - 1)


class Circle(Shape):
    def size(self, n):
        return 2


def chain(n):
    link = Chain(None, 0)
    for i in range(n):
        link = Chain(link, i + 1)
    return link


def depth_of_text(n):
    try:
        return len(str(chain(n)))
    except RecursionError as e:
        return -1


def nested(level, n):
    if level == 0:
        return depth_of_text(n)
    return nested(level - 1, n)


for n in [10, 100, 400, 496, 497, 498, 499, 500, 800]:
    print(n, depth_of_text(n), nested(300, n))
print([chain(3), chain(0)], f"{(chain(2), 5)}")
shapes = [Square(), Circle(), Square()]
for n in [5, 900, 996, 997, 998, 999, 1000]:
    total = 0
    try:
        for s in shapes:
            total += s.size(n)
        print(n, total)
    except RecursionError as e:
        print(n, "RecursionError:", e)


# The builtin repr() counts its own call as a frame too (three frames a level here).
class Quoted:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        if self.inner is None:
            return "."
        return "(" + repr(self.inner) + ")"


def quoted(n):
    node = Quoted(None)
    for i in range(n):
        node = Quoted(node)
    return node


def repr_fits(n):
    try:
        return len(repr(quoted(n)))
    except RecursionError:
        return -1


def repr_below(k, n):
    if k == 0:
        return repr_fits(n)
    return repr_below(k - 1, n)


for k in [0, 100]:
    n = 300
    while repr_below(k, n) > 0:
        n += 1
    print("repr fails at", k, n)
