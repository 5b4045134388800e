# Calls through a variable holding one of several functions (a dispatch on the function's
# number, backend/lower/pbc.ts): results, an exception caught around the call, and one uncaught.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    if b == 0:
        raise ZeroDivisionError("div by zero at " + str(a))
    return a // b


OPS = [add, sub, mul, div]


def run(n):
    acc = 1
    for i in range(n):
        f = OPS[i % 4]
        try:
            acc = f(acc, i % 7) % 1000003
        except ZeroDivisionError as e:
            if i < 30:
                print("caught", e)
    return acc


print(run(100))
g = OPS[3]
print(g(7, 2))
print(g(7, 0))
