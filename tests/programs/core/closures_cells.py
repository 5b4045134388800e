# Variables shared between a function and its closures: late binding, rebinding, nonlocal,
# variables bound in loops, and reads of a variable not bound yet.


def late_binding():
    x = 1

    def get():
        return x
    first = get()
    x = 2
    return first, get()


def make_counter(start):
    total = start

    def step(by=1):
        nonlocal total
        total += by
        return total
    return step


def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda y: y + i)
    return [f(10) for f in fs]


def unbound_read():
    def show():
        return value
    try:
        print(show())
    except NameError as e:
        print("NameError:", e)
    value = 5
    return show()


def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)


def accumulate(items):
    total = 0
    seen = []

    def add(v):
        nonlocal total
        total += v
        seen.append(v)
    for item in items:
        add(item)
    return total, seen


def nested_nonlocal():
    level = 0

    def down():
        def deeper():
            nonlocal level
            level += 10
        deeper()
        deeper()
    down()
    return level


c = make_counter(10)
d = make_counter(0)
print(c(), c(5), c(by=2), d(), c())
print(late_binding())
print(loop_closures())
print(unbound_read())
print(mutual(7), mutual(10))
print(accumulate([3, 4, 5]))
print(nested_nonlocal())
