# Wyrm's ints are 64-bit: a left shift that moves bits out of the 64-bit range raises
# OverflowError instead of dropping them.


def shifted(x, k):
    return x << k


for k in [0, 1, 10, 40, 62]:
    print(k, shifted(1, k), shifted(-1, k))
print(shifted(-1, 63), shifted(0, 200))
print(shifted(3, 61))
flags = 0
for bit in range(0, 62, 5):
    flags |= shifted(1, bit)
print("flags", flags)
print(shifted(3, 62))
print("not reached")
