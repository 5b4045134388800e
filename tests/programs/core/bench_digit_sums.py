# Benchmark-style: digit sums and digital roots, numbers equal to the sum of the cubes of their
# digits, and the digit sum of 2**n, all with // and % on ints.


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def cube_digits(n):
    s = 0
    while n > 0:
        d = n % 10
        s += d * d * d
        n //= 10
    return s


print(digit_sum(0), digit_sum(9), digit_sum(12345), digit_sum(9223372036854775807))
for n in [38, 999999999, 123456789, 2 ** 62]:
    print(n, digital_root(n), 1 + (n - 1) % 9)

for n in range(100, 1000):
    if cube_digits(n) == n:
        print("Armstrong", n)

for k in [10, 20, 40, 62]:
    print("2 **", k, digit_sum(2 ** k))

histogram = [0] * 10
for n in range(1, 100000):
    histogram[digital_root(n)] += 1
print(histogram)
