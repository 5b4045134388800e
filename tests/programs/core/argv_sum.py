# args: 12 -5 40 7
# sys.argv: the script name followed by the arguments as strings; here they are converted
# with int() and summed, with the count and extremes.
import sys


def parse(args):
    numbers = []
    for i in range(1, len(args)):
        numbers.append(int(args[i]))
    return numbers


numbers = parse(sys.argv)
print("count", len(sys.argv) - 1, len(numbers))
total = 0
low = numbers[0]
high = numbers[0]
for n in numbers:
    total += n
    low = min(low, n)
    high = max(high, n)
print("sum", total, "min", low, "max", high)
print("mean", total / len(numbers))
print("first", sys.argv[1], "last", sys.argv[-1])
for i in range(len(sys.argv) - 1, 0, -1):
    print(sys.argv[i], end=" ")
print()
