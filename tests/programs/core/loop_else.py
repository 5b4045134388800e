# The else clause of for and while loops runs when the loop ends without break.


def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


data = [4, 8, 15, 16, 23, 42]
find(data, 15)
find(data, 7)
find([], 1)

for n in range(1, 30):
    if is_prime(n):
        print(n, end=" ")
print()

for i in range(3):
    pass
else:
    print("empty-bodied loop finished at", i)

k = 0
while k < 3:
    k += 1
    if k == 10:
        break
else:
    print("while finished", k)
for i in range(5):
    if i == 2:
        continue
else:
    print("continue does not skip else")
