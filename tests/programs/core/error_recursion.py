# Unbounded recursion ends with RecursionError; CPython collapses the repeated frames into
# "[Previous line repeated N more times]".


def depth(n):
    # The base case is wrong: n only grows.
    if n == 0:
        return 0
    return depth(n + 1) + 1


def start():
    print("about to recurse")
    return depth(1)


print("depth of 0:", depth(0))
print(start())
print("not reached")
