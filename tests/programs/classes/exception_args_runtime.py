# e.args of the exceptions raised by operations (a division by zero, an index out of range,
# int() of a bad string, a missing dict key) and of exceptions the program raises, caught by
# the same handlers.


def attempt(step, values, table):
    if step == 0:
        return values[0] // values[1]
    if step == 1:
        return values[10]
    if step == 2:
        return int("twelve")
    if step == 3:
        return table["missing"]
    if step == 4:
        raise ValueError("raised by the program")
    if step == 5:
        raise LookupError("custom lookup")
    return 0


values = [7, 0]
table = {"present": 1}
for step in range(7):
    try:
        print("result", attempt(step, values, table))
    except ArithmeticError as e:
        print("arithmetic", e.args, type(e).__name__ if False else "")
    except ValueError as e:
        print("value", e.args, len(e.args))
    except KeyError as e:
        print("key", e.args, e.args[0])
    except LookupError as e:
        print("lookup", e.args)

try:
    print(7.5 / 0)
except ZeroDivisionError as e:
    print(e.args)

try:
    [1, 2, 3].pop(10)
except IndexError as e:
    print(e.args[0])

try:
    float("x.5")
except ValueError as e:
    print(e.args)
