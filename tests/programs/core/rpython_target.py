# args: 10 7
# An RPython-style program: target() names the entry point, and entry_point(argv) returns the
# exit status (here 3). Under CPython the __main__ block calls it the same way.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def entry_point(argv):
    if len(argv) < 3:
        print("usage:", argv[0], "A B")
        return 2
    a = int(argv[1])
    b = int(argv[2])
    print("gcd", gcd(a, b), "lcm", a * b // gcd(a, b))
    for i in range(1, len(argv)):
        print("arg", i, argv[i])
    return 3


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
