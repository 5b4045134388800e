# hash() where CPython's value does not depend on the run: ints (modulo 2**61 - 1, with -1
# replaced by -2), bools, floats (the same value as an equal int), tuples of those, and
# instances whose class defines __hash__.

print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(2**61 - 1), hash(2**61), hash(2**62 + 5), hash(-(2**61)), hash(9223372036854775807))
print(hash(True), hash(False))
print(hash(1.0), hash(2.5), hash(-0.5), hash(0.0), hash(-0.0), hash(1e20), hash(float("inf")), hash(float("-inf")))
print(hash(3.0) == hash(3), hash(1.5) == hash(3 / 2))
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((1, (2, 3))), hash((True, 2.0, -1)))
print(hash((1, 2)) == hash((1.0, 2)), hash((0, 0)) == hash((0, 0)))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __hash__(self):
        return self.cents * 31 + 7

    def __eq__(self, other):
        return self.cents == other.cents


print(hash(Money(10)), hash(Money(-1)), hash(Money(0)))
wallet = {Money(100): "bill", Money(25): "coin"}
print(wallet[Money(25)], len({Money(1), Money(1), Money(2)}))
values = [hash(n) % 7 for n in range(-5, 6)]
print(values)
