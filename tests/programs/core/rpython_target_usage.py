# An RPython-style program run without arguments: entry_point prints a usage line to stderr
# and returns 2, which becomes the exit status; module constants are set up before it runs.
import sys

VERSION = 7
LIMIT = 3


def usage(name):
    print("usage: prog COUNT (version", VERSION, end=")\n", file=sys.stderr)
    return 2


def entry_point(argv):
    if len(argv) < 2:
        return usage(argv[0])
    n = int(argv[1])
    for i in range(min(n, LIMIT)):
        print("line", i)
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
