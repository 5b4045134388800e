# Found by the fuzzer: the end of an inner `for` loop inside a try body raised StopIteration
# into the try statement: Wyrm printed "0 0", "0 1" then "caught" (and with `finally` the
# StopIteration went uncaught); CPython runs all four iterations.
def f() -> None:
    try:
        for i in range(1):
            for j in range(1):
                print(i, j)
    finally:
        print("finally")


try:
    for i in range(2):
        for j in range(2):
            print(i, j)
except StopIteration:
    print("caught")
f()
print("end")
