# An exception leaving a with block, seen by __exit__ (which does not suppress it), then
# uncaught: the cleanup message is printed before the traceback.


class Transaction:
    def __init__(self, name):
        self.name = name
        self.steps = []

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            print("rollback", self.name, "after", len(self.steps), "steps:", exc)
        else:
            print("commit", self.name, self.steps)
        return False

    def step(self, amount):
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
        self.steps.append(amount)


with Transaction("t1") as t:
    t.step(5)
    t.step(7)
with Transaction("t2") as t:
    t.step(1)
    t.step(-3)
    t.step(2)
print("not reached")
