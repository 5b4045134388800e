# Augmented assignment with every arithmetic and bitwise operator, on ints, floats, module
# variables, locals and list elements.

n = 100
n += 5
n -= 10
n *= 3
print(n)
n //= 7
print(n)
n %= 9
print(n)
n **= 3
print(n)
n <<= 4
n >>= 2
print(n)
n &= 0xF0
n |= 0x3
n ^= 0xFF
print(n)

f = 1.5
f += 2
f *= 4.0
f -= 0.5
f /= 3
print(f)
f //= 2.0
f %= 1.5
f **= 2
print(f)

q = 7
q /= 2
print(q)


def scale(xs, k):
    for i in range(len(xs)):
        xs[i] *= k
        xs[i] += 1


values = [1, 2, 3]
scale(values, 10)
print(values)
values[-1] -= 100
values[0] //= 4
print(values)
weights = [0.5, 0.25]
weights[1] **= 2
print(weights)
