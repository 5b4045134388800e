# ValueError from range() with a step of zero: "range() arg 3 must not be zero". The step is
# computed at run time.


def evens_then(step_count):
    for step in range(step_count, -1, -1):
        total = 0
        for i in range(0, 10, step):
            total += i
        print("step", step, "total", total)


for i in range(10, 0, -4):
    print("countdown", i)
evens_then(3)
print("not reached")
