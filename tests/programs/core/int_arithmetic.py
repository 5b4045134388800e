# Integer arithmetic on 64-bit ints: + - * and unary minus, including results close to the
# 64-bit limits that still fit (Wyrm raises OverflowError only past them, CPython never does).
import sys

BIG = 2 ** 62
LIMIT = sys.maxsize


def describe(label, value):
    print(label, value, value > 0, value == 0)


describe("sum", 17 + 25)
describe("difference", 17 - 25)
describe("product", -6 * 7)
describe("negation", -(-9))
describe("unary plus", +3)
describe("big sum", BIG + (BIG - 1))
describe("maxsize", LIMIT)
describe("min int", -LIMIT - 1)
describe("near max", LIMIT - 1 + 1)
describe("big product", 3037000499 * 3037000499)
describe("negative product", -3037000499 * 3037000499)
describe("zero", 123456789 * 0)

total = 0
k = 1
while k <= 20:
    total = total * 3 + k
    k += 1
print("polynomial", total)

x = 1
for i in range(62):
    x = x + x
print("doubled", x, x - 1 + x)
print("precedence", 2 + 3 * 4 - 5, (2 + 3) * (4 - 5), -2 * -3 + -4)
