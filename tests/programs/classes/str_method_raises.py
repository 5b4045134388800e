# A __str__ that raises, through print(), str() and an f-string: print() writes what it had
# written before the failing argument, the exception is catchable, and uncaught it shows
# CPython's traceback; a __str__ that only raises (no value at all) translates too.

class P:
    def __str__(self):
        raise ValueError("no text")


class Q:
    def __init__(self, ok):
        self.ok = ok

    def __str__(self):
        if not self.ok:
            raise KeyError("bad")
        return "Q"


try:
    print(P())
except ValueError as e:
    print("caught", e)
try:
    print("before", Q(True), Q(False), "after")
except KeyError as e:
    print("caught", e)
try:
    s = str(Q(False))
except KeyError as e:
    print("caught str", e)
print(f"{Q(True)}!")
print([Q(True)] if False else "list skipped")
print(Q(False))
