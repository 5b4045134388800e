# Class attributes assigned through their class (counters, settings): read through the class, a subclass and instances, changed in methods and functions.
class Counter:
    made = 0
    label = "counter"
    step = 1.5

    def __init__(self):
        Counter.made += 1
        self.id = Counter.made

    def describe(self):
        return f"{self.label} #{self.id} of {self.made}"

class Special(Counter):
    pass

a = Counter()
b = Counter()
s = Special()
print(a.describe(), b.describe(), s.describe(), Counter.made, Special.made)
Counter.label = "renamed"
Counter.step *= 2
print(a.describe(), Counter.step, s.step, a.label)
def bump(n):
    for _ in range(n):
        Counter.made += 10
bump(3)
print(Counter.made, b.made)
