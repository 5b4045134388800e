# Floor division and modulo by a constant power of two, which Wyrm lowers to a shift and a mask:
# Python's results for negative dividends too, from INT64_MIN up.
xs = [-9223372036854775807 - 1, -9223372036854775807, -65537, -65536, -65535, -7, -4, -1, 0, 1, 3, 4, 7, 65535, 65536, 2147483649, 9223372036854775807]
for x in xs:
    print(x, x // 1, x % 1, x // 2, x % 2, x // 4, x % 4, x // 65536, x % 65536, x // 2147483648, x % 2147483648, x // 4611686018427387904, x % 4611686018427387904)
n = 12345
print(n % 1, -n // 8, -n % 8, (n * 1103515245 + 12345) % 2147483648 // 65536)
