# print(..., file=sys.stderr) writes to standard error; stdout and stderr are compared
# separately, with sep and end working on both.
import sys


def warn(code, value):
    print("warning", code, value, file=sys.stderr)


def check(values):
    bad = 0
    for v in values:
        if v < 0:
            warn(1, v)
            bad += 1
        else:
            print("ok", v)
    return bad


n = check([3, -1, 4, -1, 5])
print("bad values:", n)
print("to stderr", 2.5, True, None, sep=";", file=sys.stderr)
print("no newline on stderr", file=sys.stderr, end="")
print(" ...done", file=sys.stderr)
print("explicit stdout", file=sys.stdout)
print(file=sys.stderr)
for i in range(3):
    if i % 2:
        print(i, file=sys.stderr)
    else:
        print(i, file=sys.stdout)
