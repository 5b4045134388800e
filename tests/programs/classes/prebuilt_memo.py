# A module-level cache object shared by recursive functions: memoized Fibonacci and
# partition counts stored in dicts held by one prebuilt instance, with statistics.


class Memo:
    def __init__(self):
        self.fib = {0: 0, 1: 1}
        self.partitions = {}
        self.hits = 0
        self.misses = 0


MEMO = Memo()


def fib(n):
    if n in MEMO.fib:
        MEMO.hits += 1
        return MEMO.fib[n]
    MEMO.misses += 1
    value = fib(n - 1) + fib(n - 2)
    MEMO.fib[n] = value
    return value


def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key in MEMO.partitions:
        MEMO.hits += 1
        return MEMO.partitions[key]
    MEMO.misses += 1
    value = partitions(n - largest, largest) + partitions(n, largest - 1)
    MEMO.partitions[key] = value
    return value


print(fib(30), fib(60), fib(90))
print(MEMO.hits, MEMO.misses, len(MEMO.fib))
print([partitions(n, n) for n in range(1, 16)])
print(partitions(60, 60))
print(MEMO.hits, MEMO.misses, len(MEMO.partitions))
