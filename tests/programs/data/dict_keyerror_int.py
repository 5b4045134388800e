# An uncaught KeyError for an int key.
counts = {1: 10, 2: 20}
print(counts[1])
print(counts[3])
