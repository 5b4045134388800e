# for over range() with one, two and three arguments, negative steps and empty ranges, plus
# len() of ranges and variables as bounds.


def show(label, start, stop, step):
    print(label, end=":")
    for i in range(start, stop, step):
        print("", i, end="")
    print()


for i in range(5):
    print(i, end=" ")
print()
for i in range(3, 8):
    print(i, end=" ")
print()
for i in range(-3, 3):
    print(i, end=" ")
print()

show("step 2", 0, 10, 2)
show("step 3", 1, 11, 3)
show("down 1", 5, 0, -1)
show("down 3", 10, -10, -3)
show("empty up", 5, 5, 1)
show("empty wrong way", 0, 5, -1)
show("empty down", 0, 10, -2)
show("big step", 0, 100, 1000)
show("negatives", -1, -8, -2)

print(len(range(10)), len(range(3, 8)), len(range(0, 10, 3)), len(range(10, 0, -4)), len(range(5, 0)))

n = 4
for i in range(n):
    n -= 1
print("bound fixed at start", n)
total = 0
for i in range(100, 0, -7):
    total += i
print("total", total)
for i in range(0):
    print("never")
