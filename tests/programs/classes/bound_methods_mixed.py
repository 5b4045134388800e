# Bound methods as values: methods of different names in one list or variable, bound to
# different instances (and subclasses), stored in dicts, passed to and returned from
# functions, and called through all of them.


class Counter:
    def __init__(self, name, start):
        self.name = name
        self.value = start

    def inc(self, by):
        self.value += by
        return self.value

    def dec(self, by):
        self.value -= by
        return self.value

    def double(self, by):
        self.value = self.value * 2 + by - by
        return self.value


class LoudCounter(Counter):
    def inc(self, by):
        print("  loud", self.name, "+", by)
        self.value += 10 * by
        return self.value


a = Counter("a", 0)
b = LoudCounter("b", 100)
steps = [a.inc, a.inc, b.inc, a.dec, b.double, a.double, b.dec]
for i, step in enumerate(steps):
    print(i, step(i))
print(a.value, b.value)

table = {"up": a.inc, "down": a.dec, "twice": b.double}
for command in ["up", "up", "twice", "down", "up"]:
    print(command, table[command](3))


def apply_all(methods, argument):
    return [m(argument) for m in methods]


def choose(flag, counter):
    if flag:
        return counter.inc
    return counter.dec


print(apply_all([a.dec, b.dec, a.inc], 1))
op = choose(True, a)
print(op(5))
op = choose(False, b)
print(op(5))
op = b.inc
print(op(1))
op = a.double
print(op(0))
same_name = [a.inc, b.inc, Counter("c", 7).inc]
print([m(2) for m in same_name])
