# None as a value of its own: printing it, functions that fall off the end or return
# without a value, and `is None` tests on those results.


def log_line(n):
    print("line", n)


def early(n):
    if n > 2:
        return
    print("small", n)


def nothing():
    return None


result = log_line(1)
print(result)
print(early(1), early(5))
print(nothing(), nothing() is None, nothing() is not None)
print(None)
print(None, None, sep=" | ")

x = nothing()
if x is None:
    print("x is None")
else:
    print("x is something")

for i in range(4):
    r = early(i)
    print(i, r is None)
print(log_line(2) is None, not None)
