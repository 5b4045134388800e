# Refused: an int literal beyond 64 bits; Wyrm's ints are 64-bit.
LIMIT = 18446744073709551616
print(LIMIT // 2)
