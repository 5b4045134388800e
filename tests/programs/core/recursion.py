# Recursive functions: factorial, the Ackermann function on small inputs, counting the moves
# of the towers of Hanoi, binary search and fast exponentiation.


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target)
    if n >= 4:
        print("move disk", n, "from", source, "to", target)
    return moves + 1 + hanoi(n - 1, spare, target, source)


def search(xs, target, lo, hi):
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return search(xs, target, mid + 1, hi)
    return search(xs, target, lo, mid)


def power(base, exp):
    if exp == 0:
        return 1.0
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1.0)


print(factorial(0), factorial(5), factorial(20))
print(ackermann(2, 3), ackermann(3, 3))
print("hanoi", hanoi(5, 1, 3, 2))
data = [1, 3, 5, 7, 9, 11, 13]
print(search(data, 7, 0, len(data)), search(data, 8, 0, len(data)), search(data, 1, 0, len(data)))
print(power(2.0, 10), power(1.5, 3), power(10.0, 0))
