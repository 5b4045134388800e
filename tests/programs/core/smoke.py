def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20), 1.5, True, None, "héllo")
x = 0
for i in range(10):
    x += i * i
print("sum", x, x / 3)
