# Floor division and modulo follow Python, not C: the quotient rounds toward minus infinity
# and the remainder takes the sign of the divisor, for ints and floats alike.


def show(a, b):
    q = a // b
    r = a % b
    # The identity a == q * b + r holds for every sign combination.
    print(a, b, q, r, q * b + r == a)


for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3, 7]:
        show(a, b)

print("big", 9223372036854775807 // 10, 9223372036854775807 % 10)
print("big neg", -9223372036854775807 // 10, -9223372036854775807 % 10)
print("min", (-9223372036854775807 - 1) // 2, (-9223372036854775807 - 1) % 7)

for fa in [7.5, -7.5, 0.5, -0.0]:
    for fb in [2.0, -2.0, 0.25]:
        print(fa, fb, fa // fb, fa % fb)

print("mixed", 7 // 2.0, -7 // 2.0, 7 % -2.5, -7.0 % 3)
print("divmod by hand", 17 // 5, 17 % 5, -17 // 5, -17 % 5)
