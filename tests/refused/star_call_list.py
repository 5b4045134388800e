# Refused: unpacking a list into the *args parameter of a function (the length of the tuple
# the function receives is not known when translating; a tuple of known length is the way).
def total(*values):
    return sum(values)


numbers = [1, 2, 3]
print(total(*numbers))
