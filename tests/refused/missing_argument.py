# Refused: calling a function with too few arguments (a required parameter has no value).


def area(width, height):
    return width * height


print(area(3))
