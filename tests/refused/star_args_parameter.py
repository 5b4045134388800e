# Refused: a *args parameter. The diagnostic must name the parameter even when a call passes
# several arguments (which would otherwise look like a wrong argument count).


def count(*items):
    return len(items)


print(count(1, 2, 3))
