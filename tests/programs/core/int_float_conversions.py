# int() and float() conversions: int(float) truncates toward zero, int(str) and float(str)
# parse decimal text (signs and surrounding whitespace allowed), float(int) is exact
# up to 2**53.


def truncations(values):
    for v in values:
        print(v, int(v))


truncations([3.9, -3.9, 0.5, -0.5, 1e15, -2.0, 123456789.99])
print(int(7), int(-7), int(True), int(False))
print(int("42"), int("-17"), int("  +8  "), int("0"), int("000123"))
print(int("9223372036854775807"), int("-9223372036854775808"))
print(float(3), float(-0), float(2 ** 53), float(True))
print(float("2.5"), float("-0.0"), float("1e-3"), float("  7 "), float("1_000.5"))
print(float("3"), float(".5"), float("5."), float("-1E5"))

total = 0
for text in ["10", "20", "-5", "7"]:
    total += int(text)
print("sum", total, float(total) / 4)

x = 2.0 ** 62
print(int(x), int(-x), int(9.2e18))
print(int(1e-300), int(-0.0), float(int(2.999)))
