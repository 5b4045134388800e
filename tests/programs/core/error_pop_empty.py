# IndexError from pop() on an empty list, raised from a helper called in a loop.


def drain(stack, times):
    total = 0
    for i in range(times):
        total += stack.pop()
        print("popped, total", total)
    return total


stack = []
for v in [5, 6, 7]:
    stack.append(v)
print(drain(stack, 2))
print("left", stack)
print(drain(stack, 2))
print("not reached")
