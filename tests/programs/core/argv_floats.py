# args: 3 1.5 -0.25 1e3
# Arguments converted with float(): the first one says how many of the rest to use.
import sys

count = int(sys.argv[1])
values = [0.0] * count
for i in range(count):
    values[i] = float(sys.argv[i + 2])
print(values)

product = 1.0
for v in values:
    product *= v
print("product", product)
print("reciprocals", end="")
for v in values:
    print("", 1 / v, end="")
print()
print("args seen", len(sys.argv) - 1, sys.argv[1])
print("done")
