# args: 2.5 1e3 -inf 3,5
# ValueError from float() of text that is not a float: "could not convert string to float".
# The earlier arguments show the accepted forms.
import sys


def total(args):
    s = 0.0
    for i in range(1, len(args)):
        v = float(args[i])
        print(args[i], "->", v)
        s += v
    return s


print("start")
print(total(sys.argv))
print("not reached")
