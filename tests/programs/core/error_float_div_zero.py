# ZeroDivisionError from dividing a float by 0.0 ("float division by zero"); CPython never
# returns inf for this, unlike IEEE arithmetic.


def normalize(xs):
    length = 0.0
    for x in xs:
        length += x * x
    length = length ** 0.5
    for i in range(len(xs)):
        xs[i] = xs[i] / length
    return xs


print(normalize([3.0, 4.0]))
print(normalize([1.0, 1.0, 1.0, 1.0]))
print(normalize([0.0, 0.0]))
print("not reached")
