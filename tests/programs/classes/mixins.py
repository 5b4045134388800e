# Mixin classes providing methods to classes of a hierarchy: a mixin's methods use
# attributes and methods of the class they are mixed into; its methods are overridden or
# extended with super(); str() and repr() come from a mixin.


class ReprMixin:
    def __repr__(self):
        return self.kind() + "<" + self.describe() + ">"


class CompareMixin:
    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()


class Item(ReprMixin, CompareMixin):
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def kind(self):
        return "Item"

    def describe(self):
        return f"{self.name}:{self.weight}"

    def key(self):
        return self.weight


class Tool(Item):
    def __init__(self, name, weight, uses):
        super().__init__(name, weight)
        self.uses = uses

    def kind(self):
        return "Tool"

    def describe(self):
        return super().describe() + f" x{self.uses}"


items = [Item("rope", 3), Tool("hammer", 5, 100), Item("map", 1), Tool("saw", 3, 20)]
print(items)
print(sorted(items))
print(items[0] == items[3], items[0] == items[1], min(items), max(items))
print([repr(i) for i in items if i.weight > 2])
print(str(items[1]), f"{items[2]!r}")
