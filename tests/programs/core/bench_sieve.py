# Benchmark-style: the sieve of Eratosthenes over a list of bools, counting primes below
# several limits and printing the last few.


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i < limit:
        if is_prime[i]:
            for j in range(i * i, limit, i):
                is_prime[j] = False
        i += 1
    return is_prime


def count(flags):
    n = 0
    for f in flags:
        if f:
            n += 1
    return n


for limit in [10, 100, 1000, 10000, 100000]:
    print(limit, count(sieve(limit)))

flags = sieve(200)
last = []
for n in range(len(flags) - 1, 0, -1):
    if flags[n]:
        last.append(n)
    if len(last) == 5:
        break
print(last)
print(flags[97], flags[99], flags[2])
