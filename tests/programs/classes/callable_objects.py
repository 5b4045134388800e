# Instances with __call__ used as functions: strategies chosen at run time, stateful
# callables, and callables stored in a list and called in turn.


class Scale:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


class Clamp(Scale):
    def __init__(self, low, high):
        super().__init__(1)
        self.low = low
        self.high = high

    def __call__(self, x):
        self.calls += 1
        if x < self.low:
            return self.low
        if x > self.high:
            return self.high
        return x


def apply(f, values):
    return [f(v) for v in values]


double = Scale(2)
clamp = Clamp(0, 10)
print(double(21), apply(double, [1, 2, 3]), double.calls)
print(apply(clamp, [-5, 5, 15]), clamp.calls)
pipeline = [Scale(3), Clamp(-20, 20), Scale(-1)]
for v in [1, 5, 10]:
    x = v
    for step in pipeline:
        x = step(x)
    print(v, x)
print([s.calls for s in pipeline])
