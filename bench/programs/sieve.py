# Sieve of Eratosthenes: count and sum the primes below a limit, several rounds.
# Exercises list of bools, nested while loops and integer arithmetic (Wyrm's core subset).
# bench-size: 20
# bench-scale: linear
import sys


def sieve(limit):
    flags = [True] * limit
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            j = i * i
            while j < limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def main(rounds):
    limit = 1000000
    count = 0
    total = 0
    for r in range(rounds):
        flags = sieve(limit - r)
        for k in range(len(flags)):
            if flags[k]:
                count += 1
                total = (total + k) % 1000000007
    print("primes", count, "checksum", total)


main(int(sys.argv[1]))
