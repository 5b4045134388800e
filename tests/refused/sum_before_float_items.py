# sum() of a list before any code fills it: Wyrm commits to the int sum, then the list gets floats.
ys = []
t = sum(ys)
ys.append(2.5)
print(t, sum(ys))
