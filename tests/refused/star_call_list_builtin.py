# Refused: *args of a list in a call of a builtin other than print() (its number of
# arguments must be known when translating; a tuple works, or max() of the list itself).
values = [3, 1, 2]
print(max(*values))
