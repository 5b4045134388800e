# Refused: calling a misspelt function, with a did-you-mean suggestion naming the function
# defined in the module.


def average(total, count):
    return total / count


print(averge(10, 4))
