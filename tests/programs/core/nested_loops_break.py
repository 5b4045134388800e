# break and continue in nested loops affect only the innermost loop; a flag carries the
# decision outwards.

# Pythagorean triples with a small hypotenuse.
for c in range(1, 30):
    for a in range(1, c):
        if a * a > c * c // 2:
            break
        for b in range(a, c):
            if a * a + b * b == c * c:
                print(a, b, c)
            if a * a + b * b > c * c:
                break

# The first pair whose product exceeds 50, leaving both loops through a flag.
found = False
for i in range(1, 10):
    for j in range(1, 10):
        if j < i:
            continue
        if i * j > 50:
            found = True
            print("pair", i, j)
            break
    if found:
        break

# A multiplication triangle, skipping multiples of 4.
for row in range(1, 6):
    for col in range(1, row + 1):
        if (row * col) % 4 == 0:
            continue
        print(row * col, end=" ")
    print()

count = 0
i = 0
while i < 5:
    i += 1
    for j in range(10):
        if j == i:
            break
        count += 1
print("count", count)
