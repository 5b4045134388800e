# Wyrm's ints are 64-bit: Fibonacci numbers fit up to F(92); the addition that would give
# F(93) raises OverflowError instead of wrapping around to a negative number.


def fib_upto(count):
    a = 0
    b = 1
    for i in range(count):
        print(i, a)
        a, b = b, a + b
    return a


print("start")
last = fib_upto(91)
print("largest printed", last)
fib_upto(95)
print("not reached")
