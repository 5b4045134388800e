# IndexError from pop() with an index past the end: "pop index out of range".


def take(xs, positions):
    taken = []
    for p in positions:
        taken.append(xs.pop(p))
        print("took", taken[-1], "left", xs)
    return taken


data = [10, 20, 30, 40, 50]
print(take(data, [0, -1]))
print(take(data, [1, 1, 5]))
print("not reached")
