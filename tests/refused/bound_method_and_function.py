# Refused: a bound method and a plain function in one list (bound methods of several names
# mix, and functions mix, but not the two kinds yet).
class Greeter:
    def hello(self):
        return "hello"


def bye():
    return "bye"


g = Greeter()
actions = [g.hello, bye]
print([a() for a in actions])
