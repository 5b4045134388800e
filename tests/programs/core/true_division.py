# True division always gives a float, even when both operands are ints and the quotient is
# exact; mixed int/float operands are promoted to float.


def ratio(a, b):
    return a / b


print(ratio(1, 2), ratio(6, 3), ratio(-7, 2), ratio(0, 5), ratio(0, -5))
print(ratio(1, 3), ratio(2, 3), ratio(10, 4), ratio(22, 7))
print(ratio(1.0, 4), ratio(3, 0.5), ratio(-1.5, -0.5))
print(10 / 5 == 2, 7 / 2 == 3.5, 1 / 2 > 0)

n = 1
acc = 0.0
while n <= 10:
    acc += 1 / n
    n += 1
print("harmonic", acc)

big = 9007199254740993
print("big", big / 1, big / 3, 9223372036854775807 / 2)
print("average", (3 + 4 + 8) / 3)

half = 1.0
for i in range(8):
    half = half / 2
print("halves", half)
print("reciprocals", 1 / 8, 1 / 1024, 1 / 10, 1 / 100000)
