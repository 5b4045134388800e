# ValueError from a shift by a negative count: "negative shift count".


def bit_at(n, k):
    return (n >> k) & 1


def show_bits(n, high, low):
    for k in range(high, low - 1, -1):
        print(bit_at(n, k), end="")
    print()


show_bits(0b101101, 5, 0)
show_bits(-3, 3, 0)
show_bits(12, 2, -1)
print("not reached")
