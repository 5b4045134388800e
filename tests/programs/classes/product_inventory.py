# An inventory of products: default arguments, __lt__ for sorted(), a property, f-string alignment, setdefault with lists.
# inventory with dataclass-like classes, sorting, formatting
class Product:
    def __init__(self, name: str, price: float, qty: int = 0):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self) -> str:
        return f"Product({self.name!r}, {self.price:.2f}, qty={self.qty})"

    def __lt__(self, other: "Product") -> bool:
        return (self.price, self.name) < (other.price, other.name)

    @property
    def value(self) -> float:
        return self.price * self.qty

stock = [Product("pen", 1.5, 10), Product("book", 12.0, 2), Product("bag", 30.0), Product("ink", 1.5, 4)]
for p in sorted(stock):
    print(f"{p.name:<6}|{p.price:>7.2f}|{p.qty:^5}|{p.value:8.1f}")
print(max(stock, key=lambda p: p.value))
print(sum(p.value for p in stock), len([p for p in stock if p.qty == 0]))
by_price = {}
for p in stock:
    by_price.setdefault(p.price, []).append(p.name)
print(by_price)
print(sorted(stock, reverse=True)[0], min(stock).name)
cheap = list(filter(lambda p: p.price < 10, stock))
print([p.name for p in cheap], any(p.qty > 5 for p in stock))
