# Sets of ints iterate in CPython's order: the slots of its hash table, which depend on the
# values (hash(i) is i for small ints), the table size and the history of adds and removes.
print({100, 3, 8, 16, 24, 1})
print({-1, -2, -3, 7, 0})
s = set()
for i in [31, 15, 7, 23, 39, 47, 8, 0, 16]:
    s.add(i)
    print(s)
grow = set()
for i in range(0, 200, 7):
    grow.add(i * 13 % 101)
print(grow)
print(len(grow))
neg = set()
for i in range(-30, 30, 4):
    neg.add(i)
print(neg)
big = set()
for k in [2**61 - 1, 2**61, 2**62, -2**62, 2**40 + 7, 123456789012345, -987654321, 9223372036854775807, -9223372036854775807 - 1]:
    big.add(k)
print(big)
churn = set(range(20))
for i in range(0, 20, 2):
    churn.remove(i)
print(churn)
for i in range(40, 60):
    churn.add(i)
print(churn)
for i in range(1, 20, 2):
    churn.discard(i)
churn.add(1)
churn.add(2)
print(churn)
collide = set()
for i in range(12):
    collide.add(i * 64)
print(collide)
for i in range(0, 12, 3):
    collide.discard(i * 64)
collide.add(5)
collide.add(64 * 3)
print(collide)
