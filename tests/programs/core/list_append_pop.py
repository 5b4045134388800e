# Growing and shrinking lists: append(), pop() from the end and from an index, a list used
# as a stack to reverse numbers and to check bracket nesting depth.


def reverse(xs):
    stack = []
    for x in xs:
        stack.append(x)
    out = []
    while len(stack) > 0:
        out.append(stack.pop())
    return out


def max_depth(codes):
    # 1 opens a bracket, -1 closes one.
    stack = []
    deepest = 0
    for c in codes:
        if c == 1:
            stack.append(c)
            deepest = max(deepest, len(stack))
        else:
            stack.pop()
    return deepest


print(reverse([1, 2, 3, 4]), reverse([]))
print(max_depth([1, 1, -1, 1, 1, 1, -1, -1, -1, -1]))

xs = [10, 20, 30, 40, 50]
print(xs.pop(), xs)
print(xs.pop(0), xs)
print(xs.pop(-2), xs)
print(xs.pop(1), xs)
xs.append(99)
print(xs, len(xs))

squares = []
for i in range(1, 11):
    squares.append(i * i)
print(squares)
floats = [0.5]
floats.append(1.25)
floats.append(floats.pop() * 2)
print(floats, len(floats))
