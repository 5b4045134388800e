# An uncaught IndexError ends the program: reading past the end of a list inside a function
# prints a traceback through both frames, to stderr, and exits with status 1.


def average(xs, count):
    total = 0
    for i in range(count):
        total += xs[i]
    return total / count


def report(xs):
    print("first three", average(xs, 3))
    print("first five", average(xs, 5))
    print("not reached")


readings = [4, 8, 15, 16]
print("readings", readings)
report(readings)
print("not reached either")
