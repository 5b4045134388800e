# while loops: counting, conditions recomputed on every iteration, break and continue inside
# them, and `while True` with an exit.

n = 10
while n > 0:
    print(n, end=" ")
    n -= 3
print()

# The digits of a number, most significant last.
x = 90210
while x:
    print(x % 10, end=" ")
    x //= 10
print()

i = 0
total = 0
while i < 20:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print("odd sum", total, i)

steps = 0
value = 27
while True:
    if value == 1:
        break
    value = value // 2 if value % 2 == 0 else 3 * value + 1
    steps += 1
print("steps", steps)

a = 0.0
while a < 1:
    a += 0.25
print("float loop", a)
outer = 0
while outer < 3:
    inner = 0
    while inner < outer:
        print(outer, inner)
        inner += 1
    outer += 1
