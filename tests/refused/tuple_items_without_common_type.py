# Tuples whose items have no type in common, iterated by set.update() and sum().
s = set()
s.update((1, {2}))
print(sum((1, "a")))
