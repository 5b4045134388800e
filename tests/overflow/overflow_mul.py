# Wyrm's ints are 64-bit: factorials grow until 21!, whose multiplication raises OverflowError
# (CPython would go on with a big int, so this file's expected output is written by hand).


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result = result * k
    return result


def table(upto):
    for n in range(upto):
        print(n, factorial(n))


table(21)
print("20! fits:", factorial(20))
table(25)
print("not reached")
