# args: 42 ١٢ ٣٤٥ ５ ٧.٥
# int() and float() accept any Unicode decimal digits, not only ASCII ones: Arabic-Indic
# ١٢ is 12 and fullwidth ５ is 5, as CPython parses them.
import sys


def parse_ints(args, first, last):
    values = []
    for i in range(first, last):
        values.append(int(args[i]))
    return values


numbers = parse_ints(sys.argv, 1, len(sys.argv) - 1)
total = 0
for n in numbers:
    total += n
    print(n, n * 2, n % 7)
print("total", total, len(numbers))
last = float(sys.argv[len(sys.argv) - 1])
print("float", last, last * 2)
