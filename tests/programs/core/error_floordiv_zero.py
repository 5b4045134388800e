# ZeroDivisionError from integer floor division by zero, raised two calls deep.


def per_person(total, people):
    return total // people


def share(total, groups):
    for g in groups:
        print(g, "people get", per_person(total, g))


share(100, [1, 3, 7])
share(100, [4, 0, 2])
print("not reached")
