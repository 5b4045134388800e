# Generators (Fibonacci, recursive permutations), a closure counter with nonlocal and a default step, flattening, zip and enumerate over generators.
# generators, closures, recursion
def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

def flatten(nested):
    result = []
    for x in nested:
        result.extend(x)
    return result

print(list(fib_gen(100)))
c = make_counter(10)
print(c(), c(5), c())
print([p for p in permutations([1, 2, 3])])
print(sum(1 for _ in permutations(list(range(5)))))
print(flatten([[1, 2], [3], [], [4, 5, 6]]))
squares = (x * x for x in range(10))
print(next(squares), next(squares), list(squares))
pairs = list(zip(fib_gen(50), "abcdefghij"))
print(pairs)
print(dict(enumerate("xyz")))
