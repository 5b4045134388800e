# Benchmark-style: fannkuch-redux (from the Computer Language Benchmarks Game) over lists of
# ints: permutations in counting order, prefix reversals, a checksum and the maximum flips.


def fannkuch(n):
    perm1 = [0] * n
    for i in range(n):
        perm1[i] = i
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
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
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips * sign
        sign = -sign
        # The next permutation.
        while True:
            if r == n:
                print(checksum)
                return max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


for n in [3, 5, 7]:
    print("Pfannkuchen(", n, ") = ", fannkuch(n), sep="")
