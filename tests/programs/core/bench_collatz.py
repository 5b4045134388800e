# Benchmark-style: lengths of Collatz sequences, the longest one below a bound, and a cache of
# known lengths in a list.


def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest_below(bound):
    best = 1
    best_length = 1
    for start in range(1, bound):
        length = collatz_length(start)
        if length > best_length:
            best = start
            best_length = length
    return best


def cached_lengths(bound):
    cache = [0] * bound
    cache[1] = 1
    for start in range(2, bound):
        n = start
        steps = 0
        while n >= bound or cache[n] == 0:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        cache[start] = steps + cache[n]
    return cache


for n in [1, 2, 3, 6, 7, 27, 97, 871]:
    print(n, collatz_length(n))
best = longest_below(30000)
length = collatz_length(best)
print("longest", best, length)
cache = cached_lengths(30000)
print("cached", cache[27], cache[871], cache[best] == length)
