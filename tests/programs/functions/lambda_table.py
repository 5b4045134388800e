# Lambdas as values: stored in a dict and a list, chosen by a key, passed as key functions,
# capturing variables of the enclosing function, and returned from functions.


def scaler(k):
    return lambda x: x * k


def make_table(offset):
    return {
        "inc": lambda x: x + 1,
        "neg": lambda x: -x,
        "off": lambda x: x + offset,
        "sq": lambda x: x * x,
    }


table = make_table(100)
for name in ["inc", "neg", "off", "sq", "off"]:
    print(name, table[name](7))
chain = [scaler(2), table["inc"], scaler(-3)]
value = 5
for f in chain:
    value = f(value)
print(value)
records = [("b", 3), ("a", 3), ("c", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: (r[1], r[0])))
print(min(records, key=lambda r: r[0]), max(range(-5, 5), key=lambda n: n * n))
pick = (lambda a, b: a if a > b else b)
print(pick(3, 9), pick("x", "b"))
