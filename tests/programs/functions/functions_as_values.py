# Functions as values: a dispatch table of functions, functions passed to and returned from
# other functions, lambdas stored in variables, a list of functions applied in turn, and
# sorting with a key function.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def safe_div(a, b):
    if b == 0:
        return 0
    return a // b


OPERATIONS = {"+": add, "-": sub, "*": mul, "/": safe_div}


def evaluate(tokens):
    # left to right, no precedence
    value = int(tokens[0])
    i = 1
    while i < len(tokens):
        value = OPERATIONS[tokens[i]](value, int(tokens[i + 1]))
        i += 2
    return value


def twice(f):
    def g(x):
        return f(f(x))
    return g


def pick(name):
    if name == "inc":
        return lambda x: x + 1
    return lambda x: x * 10


print(evaluate("3 + 4 * 2".split()), evaluate("10 / 0 + 7".split()), evaluate("9 - 12".split()))
inc = pick("inc")
tenfold = pick("ten")
print(inc(1), tenfold(2), twice(inc)(5), twice(tenfold)(3), twice(twice(inc))(0))
steps = [inc, tenfold, inc]
x = 0
for step in steps:
    x = step(x)
print(x)
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]), max(words, key=len))
square = lambda n: n * n
print(list(map(square, range(5))), list(filter(lambda n: n % 2 == 1, range(8))))
table = [(name, OPERATIONS[name](6, 3)) for name in sorted(OPERATIONS)]
print(table)
