# sum() over generators of floats and over generator expressions; a grouped report.
def g(n):
    for i in range(n):
        yield i * 0.5
print(sum(g(4)))
xs = [1, 2]
print(sum(x * 1.5 for x in xs))
