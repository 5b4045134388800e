# if / elif / else chains, nested ifs, and conditions of every scalar type (ints, floats and
# bools are true when non-zero).


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


def fizzbuzz(n):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)


for v in [-3, 0, 4, 42, 1000]:
    print(v, classify(v))

for i in range(1, 16):
    fizzbuzz(i)

for x in [0, 1, -2]:
    if x:
        print(x, "truthy int")
    else:
        print(x, "falsy int")
for f in [0.0, -0.0, 0.5]:
    if f:
        print(f, "truthy float")
    if not f:
        print(f, "falsy float")

a = 3
b = 7
if a > 0:
    if b > 5:
        print("both")
    else:
        print("only a")
if a > b:
    print("unreachable")
