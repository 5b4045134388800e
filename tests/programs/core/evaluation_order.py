# Evaluation order and control flow: chained comparisons and short-circuits with side effects, return/continue/break through finally, while/else, assert messages, rounding, floor division and modulo signs, ordering of str, lists and tuples.
def side(tag, value):
    print("eval", tag)
    return value
print(side("a", 1) < side("b", 2) < side("c", 0), side("d", 0) and side("e", 1), side("f", 3) or side("g", 4))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else not reached")
g()
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
try:
    assert n == 4, f"n is {n}"
except AssertionError as e:
    print("assert:", e)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), "%g %g %g" % (1e-5, 123456789.0, 0.0001))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), -7.5 // 2, -7.5 % 2)
print("abc" < "abd", "Z" < "a", [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "10" < "9")
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 == 5.0)
