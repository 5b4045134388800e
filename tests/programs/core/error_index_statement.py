# An uncaught IndexError from a negative index beyond the start, on a line that is only the
# failing expression (CPython then prints no caret line), after some output.


def last_n(xs, n):
    k = 1
    while k <= n:
        print(-k, xs[-k])
        k += 1


values = [1.5, 2.5, 3.5]
last_n(values, 2)
values.append(4.5)
last_n(values, 4)
print(len(values), "items")
big = values
big.pop()
big.pop()
print("left", big)
big[-3]
print("not reached")
