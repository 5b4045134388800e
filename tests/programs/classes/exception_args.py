# e.args: the tuple of an exception's arguments, for exceptions made with none, one or
# several; str(e) of several arguments is the tuple's text. A class whose __init__ calls
# super().__init__ gets that call's arguments; one whose __init__ does not keeps the
# constructor's.


class ParseError(Exception):
    pass


class Located(Exception):
    def __init__(self, line, column, text):
        super().__init__(f"{line}:{column}: {text}")
        self.line = line
        self.column = column


class Raw(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail


def fail(kind):
    if kind == 0:
        raise ParseError("unexpected end", 12, "x")
    if kind == 1:
        raise ParseError("bad token", 3, "y")
    raise ParseError("nothing", 0, "")


for kind in range(3):
    try:
        fail(kind)
    except ParseError as e:
        print(e.args, len(e.args), e.args[0], e.args[1] + 1)
        print(str(e))
        message, position, token = e.args
        print(message.upper(), position, repr(token))

try:
    raise Located(4, 7, "missing colon")
except Located as e:
    print(e.args, e.line, e.column, e)

try:
    raise Raw(404, "not found")
except Raw as e:
    print(e.args, e.code, e.detail, e)

errors = [ValueError("a"), ValueError("b")]
for err in errors:
    print(err.args, err)

try:
    raise KeyError("key")
except KeyError as e:
    print(e.args, e)

try:
    raise IndexError("5")
except IndexError as e:
    print(e.args, e.args[0] * 2, e)

try:
    raise RuntimeError("one", "two")
except RuntimeError as e:
    print(e)
