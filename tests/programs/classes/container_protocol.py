# A container class with the special methods of containers: __len__, __getitem__ and
# __setitem__ (with negative indices and IndexError), __contains__, __iter__ with a separate
# iterator class, __bool__ through __len__, and __repr__.


class Ring:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity

    def push(self, value):
        if len(self.items) == self.capacity:
            self.items.pop(0)
        self.items.append(value)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if index < 0:
            index += len(self.items)
        if index < 0 or index >= len(self.items):
            raise IndexError("ring index out of range")
        return self.items[index]

    def __setitem__(self, index, value):
        if index < 0 or index >= len(self.items):
            raise IndexError("ring assignment out of range")
        self.items[index] = value

    def __contains__(self, value):
        for item in self.items:
            if item == value:
                return True
        return False

    def __iter__(self):
        return RingIterator(self)

    def __repr__(self):
        return "Ring(" + ", ".join([str(x) for x in self.items]) + ")"


class RingIterator:
    def __init__(self, ring):
        self.ring = ring
        self.position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.position >= len(self.ring):
            raise StopIteration
        value = self.ring[self.position]
        self.position += 1
        return value


r = Ring(3)
print(len(r), bool(r), r)
if not r:
    print("empty ring is false")
for v in [1, 2, 3, 4, 5]:
    r.push(v * 10)
print(len(r), r, r[0], r[-1], 40 in r, 10 in r)
r[1] = 99
print(r, [x + 1 for x in r], sum(r), max(r))
total = 0
for x in r:
    total += x
print(total, list(r), sorted(r))
try:
    print(r[5])
except IndexError as e:
    print("IndexError:", e)
try:
    r[-1] = 0
except IndexError as e:
    print("IndexError:", e)
it = iter(r)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
