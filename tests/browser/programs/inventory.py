# args: 3
# An inventory: a class per item, a dict from names to items, lists sorted by key, a generator,
# string methods and f-strings, and a KeyError caught; the argument scales the quantities.
import sys


class Item:
    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity

    def value(self):
        return self.price * self.quantity

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.quantity})"


def restock(items, factor):
    for item in items:
        if item.quantity < 5:
            yield item.name, item.quantity * factor


factor = int(sys.argv[1])
stock = {}
for name, price, quantity in [("apple", 0.5, 10), ("pear", 0.75, 3), ("fig", 2.0, 1), ("kiwi", 0.3, 25)]:
    stock[name] = Item(name, price, quantity * factor)
by_value = sorted(stock.values(), key=lambda item: item.value(), reverse=True)
print([item.name for item in by_value])
print(", ".join(f"{name.upper()}: {item.value():.2f}" for name, item in stock.items()))
print({name: quantity for name, quantity in restock(stock.values(), 2)})
totals = {}
for item in stock.values():
    initial = item.name[0]
    totals[initial] = totals.get(initial, 0.0) + item.value()
print(sorted(totals.items()))
try:
    print(stock["mango"])
except KeyError as missing:
    print("no", missing)
print(stock["fig"], len(stock), "pear" in stock)
