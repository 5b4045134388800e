# A long pseudo-random sequence of adds and removes; the order must match CPython's after each
# phase (deleted slots reused, the table grown and cleaned as CPython does it).
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
s = set()
for phase in range(6):
    for step in range(300):
        x = rand() % 500 - 250
        if rand() % 3 == 0:
            s.discard(x)
        else:
            s.add(x)
    print(len(s))
    print(list(s))
t = set()
for step in range(2000):
    x = rand() * 7919
    t.add(x)
    if step % 3 == 0:
        t.discard(x - 7919)
print(len(t), sum(t) % 1000003)
head = []
for x in t:
    if len(head) < 20:
        head.append(x)
print(head)
