# A call f(*xs) whose list has a length the function does not accept, uncaught: CPython's
# TypeError (here too many arguments, with the count made at run time) and traceback.


def area(width, height):
    return width * height


sizes = [[2, 3], [4, 5]]
for size in sizes:
    print(area(*size))
size = sizes[0] + sizes[1]
print(area(*size))
