# Wyrm's ints are 64-bit: powers of two fit up to 2**62 (and -2**63), 2**63 raises
# OverflowError.


def powers(base, upto):
    value = 0
    for k in range(upto):
        value = base ** k
        if k % 8 == 7 or k > 60:
            print(base, k, value)
    return value


print(powers(-2, 64))
print(powers(3, 40))
print(powers(2, 64))
print("not reached")
