# A grouped report: setdefault with lists of instances, joins and sums of generator expressions in f-strings.


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price

def report(items):
    by_letter = {}
    for it in items:
        by_letter.setdefault(it.name[0], []).append(it)
    for letter in sorted(by_letter):
        group = by_letter[letter]
        names = ", ".join(i.name for i in group)
        print(f"{letter}: {names:<20} total={sum(i.total() for i in group):>8.2f}")
    return len(by_letter)

items = [Item("apple", 3, 0.5), Item("avocado", 2, 1.25), Item("bread", 1, 2.99), Item("butter", 1, 3.1), Item("cheese", 2, 4.0)]
n = report(items)
try:
    print(items[10].name)
except IndexError as e:
    print("oops:", e)
print("groups:", n)
