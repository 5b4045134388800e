# Benchmark-style: Fibonacci numbers three ways (naive recursion, iteration, and a memo list),
# checked against each other.


def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_iterative(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def fib_memo(n, memo):
    if memo[n] >= 0:
        return memo[n]
    value = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = value
    return value


memo = [-1] * 93
memo[0] = 0
memo[1] = 1
print(fib_recursive(25))
for n in [0, 1, 2, 10, 30, 60, 91]:
    print(n, fib_iterative(n), fib_memo(n, memo))
agree = True
for n in range(24):
    if fib_recursive(n) != fib_iterative(n):
        agree = False
print("agree", agree)
