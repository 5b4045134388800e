# Generator functions: while and for loops around yield, infinite generators stopped by break,
# generator methods (__iter__ with yield), iterator classes (__iter__/__next__), next() with and
# without a default, StopIteration, lazy generator expressions, yield in try/except.

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


def take(n, gen):
    out = []
    for x in gen:
        if len(out) >= n:
            break
        out.append(x)
    return out


def scaled(xs, k):
    return (x * k for x in xs)


def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i * 10 + j


print(list(Countdown(3)), [s for s in Squares(4)])
g = scaled([1, 2, 3], 10)
print(next(g), next(g), next(g), next(g, -1))
it = iter([7, 8])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
print(take(4, pairs(5)), list(pairs(3)))
lazy = (print("made", v) for v in range(2))
print("before")
for _ in lazy:
    pass


def safe_div(xs):
    for x in xs:
        try:
            yield 100 // x
        except ZeroDivisionError:
            yield -1


print(list(safe_div([5, 0, 20])))
print(sum(x for x in Countdown(4)), max(Squares(3)), sorted(Countdown(3)))

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens_times_ten(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * 10


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for v in count_up(3):
    print(v)
for f in fib():
    if f > 50:
        break
    print(f, end=" ")
print()
print(list(evens_times_ten(range(10))))
