# Empty lists: printing them, len(), loops over them that never run, repetition, and helpers
# whose only argument is an empty list literal (so no item type is ever seen).


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def count_items(xs):
    n = 0
    for x in xs:
        n += 1
    return n


empty = []
print(empty, len(empty), len([]))
print(total([]), count_items([]))
for item in empty:
    print("never", item)
else:
    print("loop over nothing finished")
print([] * 3, [0] * 0, [1.5] * -2)
nothing = [7] * 0
print(nothing, len(nothing) == 0)
if not empty:
    print("an empty list is false")
