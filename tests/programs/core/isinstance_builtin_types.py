# isinstance() with the builtin types (int, float, bool, str, list, tuple, dict, set, and tuples of
# them): constant where the type is known, a None test for a value that may be None.

def describe(x):
    if isinstance(x, str):
        return "str " + x
    return "other"


def kind(v):
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, list):
        return "list of " + str(len(v))
    return "?"


name = None
for i in range(2):
    if isinstance(name, str):
        print("has name", name)
    else:
        print("no name")
    name = "bob"
print(describe("a"), describe(3), kind(2), kind(2.5), kind([1]), kind("s"), isinstance(True, int), isinstance(1, bool))
print(isinstance({}, dict), isinstance((1,), tuple), isinstance({1}, set), isinstance(1.0, int))
