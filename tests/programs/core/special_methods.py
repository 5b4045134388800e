# Operators on instances call their special methods: arithmetic (with reflected and in-place
# forms), comparisons (reflected, != through __eq__), len, indexing, in, truth (__bool__, then
# __len__, None-able instances), and sorted/max through __lt__.

class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.x if i == 0 else self.y

    def __contains__(self, v):
        return v == self.x or v == self.y

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __repr__(self):
        return "V(" + str(self.x) + ", " + str(self.y) + ")"

    def __hash__(self):
        return hash((self.x, self.y))


a = V(1, 2)
b = V(3, 4)
print(a + b, a - b, a * 3, -a, a == b, a == V(1, 2), a != b, a < b, b > a, len(a), a[1], 2 in a, 5 in a)
print(bool(V(0, 0)), sorted([b, a]), max([a, b]))
if V(0, 1):
    print("truthy")
c = a
c += b
print(c, a)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + other)

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100)


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __getitem__(self, i):
        return self.items[i]


wallet = Money(150)
total = 25 + wallet
wallet += Money(5)
print(total, wallet)
bag = Bag()
print(bool(bag), len(bag))
bag.items.append("x")
bag.items.append("y")
bag[0] = "z"
del bag[1]
print(bool(bag), len(bag), bag[0])
maybe = None
for i in range(2):
    if maybe:
        print("bag", len(maybe))
    else:
        print("no bag")
    maybe = bag
