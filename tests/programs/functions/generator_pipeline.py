# Generators chained into a pipeline: a source, filters and transformers written as
# generator functions, a generator with return (ending the iteration early), next() with
# StopIteration, and zip/enumerate/sum/list over generators.


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def take_until(source, ceiling):
    for x in source:
        if x > ceiling:
            return
        yield x


def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total


print(list(squares(evens(numbers(10)))))
print(sum(take_until(squares(numbers(100)), 50)))
print(list(running_total(take_until(numbers(1000), 6))))
gen = evens(numbers(5))
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("stopped")
for i, (a, b) in enumerate(zip(numbers(3), squares(numbers(3)))):
    print(i, a, b)
pipeline = running_total(squares(evens(numbers(20))))
print([x for x in pipeline if x % 3 == 0])
print(max(squares(numbers(7))), min(take_until(evens(numbers(50)), 30)))
