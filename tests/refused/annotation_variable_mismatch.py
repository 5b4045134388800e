# A later assignment to an annotated variable must agree with its annotation too.
def average(values: list[int]) -> float:
    count: int = 0
    total = 0
    for v in values:
        total += v
        count += 1
    count = total / 2
    return total / count


print(average([1, 2, 3]))
