# UnboundLocalError: a local variable assigned only on one branch is read on the other.


def describe(n):
    if n > 0:
        label = 1
    elif n < 0:
        label = -1
    return label * 10


print(describe(5))
print(describe(-5))
print(describe(0))
print("not reached")
