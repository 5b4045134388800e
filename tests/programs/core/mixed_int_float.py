# Mixing ints and floats: arithmetic promotes to float, comparisons compare values exactly,
# and an int that equals a float compares equal to it.


def mean(a, b):
    return (a + b) / 2


i = 3
f = 0.5
print(i + f, i - f, i * f, f * i, i / f, f - i)
print(i == 3.0, i < 3.5, 2.5 < i, 4 > f, i != 3.0)
print(mean(1, 2), mean(1.0, 2), mean(-3, 3))

total = 0.0
for k in range(1, 6):
    total += k
print("float accumulator", total)

count = 0
x = 0.0
while x < 1.0:
    x += 0.1
    count += 1
print("steps", count, x)

print("int in float context", 1 + 1e16, 2 * 0.1, 3 * 0.1, 10 * 1.1)
print("comparison to large", 9007199254740992 == 9007199254740992.0)
print("float floor of int", 7 // 2.0, 7 % 2.5, -1 * 0.0)
celsius = [-40, 0, 37, 100]
for c in celsius:
    print(c, "C =", c * 9 / 5 + 32, "F")
