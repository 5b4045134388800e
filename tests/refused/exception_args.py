# Refused: e.args of a class whose exceptions are made with different numbers of arguments
# (Wyrm keeps one tuple type for the args of a class and its subclasses).
def check(k):
    if k > 1:
        raise ValueError("too big", k)
    raise ValueError("too small")


try:
    check(3)
except ValueError as e:
    print(e.args)
