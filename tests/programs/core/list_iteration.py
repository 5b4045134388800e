# Iterating over lists: for-in loops, loops over indices, sums and running maxima, and
# iteration that sees items appended during the loop.


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def running_max(xs):
    out = []
    best = xs[0]
    for x in xs:
        if x > best:
            best = x
        out.append(best)
    return out


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(total(data), total([]), running_max(data))
for i in range(len(data)):
    if data[i] % 2 == 0:
        print("even at", i, data[i])

prices = [9.99, 0.01, 12.5]
subtotal = 0.0
for p in prices:
    subtotal += p
print("subtotal", subtotal)

# Appending while iterating: the loop sees the new items.
queue = [1]
for item in queue:
    if item < 20:
        queue.append(item * 3)
print(queue)

bools = [True, False, False, True]
trues = 0
for b in bools:
    if b:
        trues += 1
print("trues", trues)
for x in [7, 8, 9]:
    print(x, end=";")
print()
