# IndexError when assigning past the end of a list: "list assignment index out of range".


def fill(slots, upto):
    for i in range(upto):
        slots[i] = i * i
        print("filled", i)


slots = [0] * 4
fill(slots, 3)
print(slots)
fill(slots, 4)
print(slots)
fill(slots, 6)
print("not reached")
