# args: 12 -4 x7 9
# ValueError from int() of an argument that is not a decimal number; CPython's message quotes
# the text: "invalid literal for int() with base 10: 'x7'".
import sys


def parse_all(args):
    values = []
    for i in range(1, len(args)):
        values.append(int(args[i]))
        print("parsed", args[i])
    return values


print("arguments:", len(sys.argv) - 1)
numbers = parse_all(sys.argv)
print("not reached", numbers)
