def outer():
    def inner(acc=[]):
        acc.append(1)
        return acc
    return inner()
print(outer())
