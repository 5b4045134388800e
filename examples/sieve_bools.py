# A sieve of Eratosthenes over a list of 10 million bools.
import sys


def sieve(limit):
    flags = [True] * limit
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    return flags


flags = sieve(int(sys.argv[1]))
count = 0
last = 0
for k in range(len(flags)):
    if flags[k]:
        count += 1
        last = k
print(count, last)
