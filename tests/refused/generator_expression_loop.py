# A generator expression the loop reads one item at a time: Wyrm has no lazy generators yet.
for x in (y * 2 for y in range(3)):
    print(x)
