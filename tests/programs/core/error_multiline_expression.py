# A traceback through an expression that spans several lines: CPython prints only its first
# line, underlined to the end of that line.


def weighted(values, weights):
    total = 0.0
    for i in range(len(values)):
        total = (total +
                 values[i] *
                 weights[i])
    return total


print(weighted([1.0, 2.0], [0.5, 0.25]))
print(weighted([1.0, 2.0, 3.0], [0.5, 0.25]))
print("not reached")
