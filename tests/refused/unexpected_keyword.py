# Refused: a keyword argument that names no parameter of the called function.


def interval(start, stop, step=1):
    return (stop - start) // step


print(interval(0, 10, stride=2))
