# Refused: calling a function with more positional arguments than it has parameters.


def scale(x, factor=2):
    return x * factor


print(scale(1, 2, 3))
