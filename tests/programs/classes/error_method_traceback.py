# An exception raised three calls deep through methods of a class hierarchy, uncaught: each
# frame of the traceback names its method and line, as CPython's does.


class Stage:
    def __init__(self, name):
        self.name = name

    def run(self, value):
        return self.step(value) + 1

    def step(self, value):
        return value


class Divide(Stage):
    def __init__(self, name, by):
        super().__init__(name)
        self.by = by

    def step(self, value):
        return self.check(value) // self.by

    def check(self, value):
        if value < 0:
            raise ValueError(f"{self.name}: negative input {value}")
        return value


stages = [Stage("id"), Divide("half", 2), Divide("none", 0)]
for s in stages:
    try:
        print(s.name, s.run(10))
    except ZeroDivisionError as e:
        print(s.name, "failed:", e)
print(stages[1].run(-4))
