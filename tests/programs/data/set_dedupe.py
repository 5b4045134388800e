# Typical uses: removing duplicates while keeping order (a set of seen items), membership
# tests in a loop, and counting distinct values.
items = [4, 1, 4, 2, 1, 9, 2, 7, 4]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen, len(seen))
primes = set()
for n in range(2, 60):
    composite = False
    for p in primes:
        if n % p == 0:
            composite = True
            break
    if not composite:
        primes.add(n)
print(primes)
print(sorted(primes), 31 in primes, 33 in primes)
visited = set()
frontier = [(0, 0)]
while frontier:
    x, y = frontier.pop()
    if (x, y) in visited or x < 0 or y < 0 or x > 3 or y > 3:
        continue
    visited.add((x, y))
    frontier.append((x + 1, y))
    frontier.append((x, y + 1))
print(len(visited), sorted(visited))
