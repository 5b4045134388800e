# Functions used as procedures: called for their output or their effect on a list, returning
# None implicitly, returning early with a bare `return`, or called as statements for a value
# that is discarded.


def banner(width):
    for i in range(width):
        print("=", end="")
    print()


def fill(xs, value, count):
    if count <= 0:
        return
    for i in range(count):
        xs.append(value)


def double_all(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] * 2


def square(n):
    return n * n


banner(10)
numbers = [1]
fill(numbers, 7, 3)
fill(numbers, 0, 0)
fill(numbers, 0, -5)
print(numbers, len(numbers))
double_all(numbers)
print(numbers)
square(12)
banner(3)
print(banner(2))
print(fill(numbers, 1, 1), numbers)
