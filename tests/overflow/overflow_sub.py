# Wyrm's ints are 64-bit: subtracting from the smallest int raises OverflowError.
import sys

SMALLEST = -sys.maxsize - 1


def step_down(x, steps):
    for i in range(steps):
        x = x - 1
    return x


print("smallest", SMALLEST)
print("a little above", step_down(SMALLEST + 5, 5))
print("difference of extremes", sys.maxsize - 0, SMALLEST + sys.maxsize)
y = SMALLEST + 3
print(step_down(y, 3))
print(step_down(y, 4))
print("not reached")
