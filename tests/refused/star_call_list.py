# Refused: unpacking a list into a call's arguments (the number of arguments is not known when
# translating; a tuple of known length, or a *args parameter, is the way).
def add(a, b):
    return a + b


pair = [1, 2]
print(add(*pair))
