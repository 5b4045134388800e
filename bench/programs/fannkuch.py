# Fannkuch-redux: for the first SIZE permutations of 1..10 (in the Benchmarks Game's order, all
# 3628800 of them at most), count the prefix reversals needed to bring 1 to the front; report
# the maximum and a signed checksum. The size counts permutations, not items, so that CPython's
# time can be set between that of 9 items (0.6 s) and that of 10 (7 s).
# Exercises int lists, swaps and index arithmetic (Wyrm's core subset).
# bench-size: 1000000
# bench-scale: linear
import sys


def fannkuch(n, limit):
    perm1 = [0] * n
    for i in range(n):
        perm1[i] = i
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        if permutation + 1 == limit:
            return [checksum, max_flips]
        # Next permutation: rotate the first r + 1 items until a counter is not exhausted.
        while True:
            if r == n:
                return [checksum, max_flips]
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


def main(limit):
    n = 10
    result = fannkuch(n, limit)
    checksum = result[0]
    max_flips = result[1]
    print(checksum)
    print("Pfannkuchen(" + str(n) + ", " + str(limit) + " permutations) = " + str(max_flips))


main(int(sys.argv[1]))
