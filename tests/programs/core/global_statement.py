# `global` lets functions rebind module variables: counters, running totals, a flag, and a
# module variable that one function changes and another reads.

counter = 0
total = 0.0
seen_negative = False
last = -1


def tick():
    global counter
    counter += 1


def add(x):
    global total, seen_negative, last
    total += x
    if x < 0:
        seen_negative = True
    last = counter


def report():
    # Reading a module variable needs no declaration.
    print("counter", counter, "total", total, "negative", seen_negative, "last", last)


def reset():
    global counter, total
    counter = 0
    total = 0.0


report()
for v in [1.5, 2.5, -1.0, 4.0]:
    tick()
    add(v)
report()
reset()
report()
tick()
tick()
add(0.25)
report()
counter = 100
tick()
report()
