# Very large and very small floats: overflow to inf and gradual underflow to subnormals and
# zero, without using float('inf').

x = 1.0
steps = 0
while x * 10 < 1e308 * 10:
    x *= 10
    steps += 1
print("last finite power", x, steps)
print("overflow", x * 10, -x * 10, x * 10 - x * 10)

tiny = 1.0
halvings = 0
while tiny / 2 > 0.0:
    tiny /= 2
    halvings += 1
print("smallest", tiny, halvings)
print("underflow", tiny / 2, -tiny / 2, tiny * 0.5)

sub = 2.2250738585072014e-308
print("normal min", sub, sub / 2, sub / 1024)
print("products", 1e200 * 1e200, 1e-200 * 1e-200, 1e200 * 1e-200)
print("exponents", 1.5e300, 2.5e-300, 9.87654321e-310)

big = 1.0
for i in range(30):
    big = big * 1e11
print("repeated", big)
