# Mutually recursive functions, each calling the other before or after its own definition:
# parity by alternation, Hofstadter's female and male sequences, and a small recursive-descent
# evaluator of digit lists.


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def female(n):
    if n == 0:
        return 1
    return n - male(female(n - 1))


def male(n):
    if n == 0:
        return 0
    return n - female(male(n - 1))


def count_down_a(n, depth):
    if n <= 0:
        return depth
    return count_down_b(n - 1, depth + 1)


def count_down_b(n, depth):
    if n <= 0:
        return depth
    return count_down_a(n - 2, depth + 1)


for n in [0, 1, 10, 37]:
    print(n, is_even(n), is_odd(n))
for n in range(15):
    print(female(n), end=" ")
print()
for n in range(15):
    print(male(n), end=" ")
print()
print(count_down_a(10, 0), count_down_b(10, 0), count_down_a(100, 0))
