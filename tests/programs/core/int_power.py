# int ** int with a non-negative exponent stays an int (computed exactly up to 64 bits);
# float bases and exponents give floats.


def power_table(base, count):
    k = 0
    while k < count:
        print(base, "**", k, "=", base ** k)
        k += 1


power_table(2, 11)
power_table(-3, 6)
power_table(10, 4)
print("zero cases", 0 ** 0, 0 ** 5, 1 ** 100, (-1) ** 101, (-1) ** 100)
print("largest", 2 ** 62, 2 ** 62 - 1 + 2 ** 62, 3 ** 39, (-2) ** 63)
print("ten", 10 ** 18, 7 ** 22)
print("float base", 2.0 ** 10, 1.5 ** 2, (-0.5) ** 3, 10.0 ** -2)
print("float exponent", 4 ** 0.5, 2 ** -1.0, 9.0 ** 0.5)
print("precedence", -2 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)

e = 5
acc = 1
for i in range(e):
    acc *= 3
print("loop vs pow", acc, 3 ** e, acc == 3 ** e)
