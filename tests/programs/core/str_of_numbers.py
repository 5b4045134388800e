# str() of ints and floats: the same text as print() shows (CPython's repr for floats).


def both(v):
    s = str(v)
    print(s, len(s))


both(0)
both(-45)
both(9223372036854775807)
both(-9223372036854775807 - 1)
both(0.1)
both(-0.0)
both(1e16)
both(1e-05)
both(2.5)
both(100.0)
both(0.1 + 0.2)
both(1 / 3)

digits = 0
n = 1
for i in range(18):
    if len(str(n)) > digits:
        digits = len(str(n))
    n *= 10
print("max digits", digits, str(n // 10))
print(str(True), str(False), str(None))
print(str(7) == "7", str(7.0) == "7.0", str(-1) == "-1")
