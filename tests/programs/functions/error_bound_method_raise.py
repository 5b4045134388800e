# An exception raised inside a method called through a list of bound methods of different
# names, uncaught: the traceback goes through the call site and the method.


class Tank:
    def __init__(self, level):
        self.level = level

    def fill(self, amount):
        self.level += amount
        return self.level

    def drain(self, amount):
        if amount > self.level:
            raise ValueError(f"cannot drain {amount}, only {self.level} left")
        self.level -= amount
        return self.level


t = Tank(10)
actions = [t.fill, t.drain, t.drain]
for action in actions:
    print(action(8))
