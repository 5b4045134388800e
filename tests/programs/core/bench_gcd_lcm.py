# Benchmark-style: greatest common divisors (Euclid, iterative and recursive, and binary GCD),
# least common multiples, and the lcm of 1..n.


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def gcd_recursive(a, b):
    return a if b == 0 else gcd_recursive(b, a % b)


def gcd_binary(a, b):
    if a == 0:
        return b
    shift = 0
    while (a | b) & 1 == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while b != 0:
        while a & 1 == 0:
            a >>= 1
        while b & 1 == 0:
            b >>= 1
        if a > b:
            a, b = b, a
        b -= a
    return a << shift


def lcm(a, b):
    return a // gcd(a, b) * b


pairs = [12, 18, 100, 75, 17, 31, 1071, 462, 0, 5, 2 ** 40, 6 ** 10]
for i in range(0, len(pairs), 2):
    a = pairs[i]
    b = pairs[i + 1]
    print(a, b, gcd(a, b), gcd_recursive(a, b), gcd_binary(a, b), lcm(a, b) if a else 0)

acc = 1
for n in range(1, 41):
    acc = lcm(acc, n)
    if n % 10 == 0:
        print("lcm 1 ..", n, "=", acc)

coprime = 0
for a in range(1, 200):
    for b in range(1, 200):
        if gcd(a, b) == 1:
            coprime += 1
print("coprime pairs", coprime, coprime / (199 * 199))
