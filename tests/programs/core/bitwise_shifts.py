# Bitwise operators on ints: & | ^ ~ and shifts, with Python's semantics for negative numbers
# (two's complement with infinite sign extension; >> rounds toward minus infinity).


def bits(n, width):
    out = 0
    for i in range(width - 1, -1, -1):
        out = out * 10 + ((n >> i) & 1)
    return out


print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255)
print(1 << 0, 1 << 10, 3 << 20, 1 << 62, -1 << 62)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1, 7 >> 1, 5 >> 64, -5 >> 100)
print(bits(5, 4), bits(10, 8), bits(255, 8))

count = 0
n = 0b1011011101
while n:
    count += n & 1
    n >>= 1
print("popcount", count)

mask = 0
for i in range(0, 16, 2):
    mask |= 1 << i
print("mask", mask, mask ^ 0xFFFF, mask & 0xFF00)
x = 0x7FFFFFFFFFFFFFFF
print(x >> 60, x & 0xF, ~x, 0o17, 0b1010)
