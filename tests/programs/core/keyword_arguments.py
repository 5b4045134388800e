# Keyword arguments at call sites: in any order, after positional ones, and combined with
# defaults (a default in the middle can be skipped by naming a later parameter).


def volume(length, width=1, height=1):
    return length * width * height


def interval(start, stop, step=1, inclusive=False):
    end = stop + 1 if inclusive else stop
    for i in range(start, end, step):
        print(i, end=" ")
    print()


def mix(a, b, c=0.0, d=0.0):
    return a + 10 * b + 100 * c + 1000 * d


print(volume(2), volume(2, 3), volume(2, height=5), volume(length=2, width=3, height=4))
print(volume(height=2, length=7), volume(2, height=3, width=4))
interval(0, 5)
interval(0, 5, inclusive=True)
interval(10, 0, step=-3)
interval(stop=4, start=1)
interval(1, 9, inclusive=True, step=2)
print(mix(1, 2), mix(1, 2, d=4.0), mix(b=2, a=1, c=3.0), mix(1, 2, 3.0, 4.0))
print(mix(a=0.5, b=0.25))
