# args: 5
# An RPython-style program that succeeds: entry_point returns 0, and module-level code that
# runs before entry_point prepares a table it reads.

TABLE = [0] * 12
for i in range(12):
    TABLE[i] = i * i


def lookup(n):
    return TABLE[n % len(TABLE)]


def entry_point(argv):
    n = int(argv[1])
    total = 0
    for i in range(n):
        total += lookup(i * 5)
        print(i, lookup(i * 5))
    print("total", total)
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
