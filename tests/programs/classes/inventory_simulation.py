# An object simulation: warehouses holding stock of products, orders that reserve stock
# across warehouses, restocking, and a report sorted by a key function; errors are user
# exceptions carrying the failed order.


class Product:
    def __init__(self, sku, price):
        self.sku = sku
        self.price = price


class OrderError(Exception):
    def __init__(self, order, reason):
        super().__init__(f"order {order.number}: {reason}")
        self.order = order


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = {}

    def available(self, product):
        return self.stock.get(product.sku, 0)

    def take(self, product, quantity):
        have = self.available(product)
        taken = min(have, quantity)
        self.stock[product.sku] = have - taken
        return taken

    def put(self, product, quantity):
        self.stock[product.sku] = self.available(product) + quantity


class Order:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines
        self.filled = False

    def total(self):
        return sum([product.price * quantity for product, quantity in self.lines])


class Company:
    def __init__(self, warehouses):
        self.warehouses = warehouses
        self.revenue = 0
        self.log = []

    def fulfil(self, order):
        for product, quantity in order.lines:
            have = sum([w.available(product) for w in self.warehouses])
            if have < quantity:
                raise OrderError(order, f"only {have} of {product.sku}")
        for product, quantity in order.lines:
            needed = quantity
            for w in self.warehouses:
                got = w.take(product, needed)
                if got > 0:
                    self.log.append(f"{order.number}: {got} {product.sku} from {w.name}")
                needed -= got
        order.filled = True
        self.revenue += order.total()


bolt = Product("bolt", 2)
nut = Product("nut", 1)
gear = Product("gear", 15)
north = Warehouse("north")
south = Warehouse("south")
north.put(bolt, 10)
north.put(gear, 1)
south.put(bolt, 5)
south.put(nut, 40)
company = Company([north, south])
orders = [Order(1, [(bolt, 12), (nut, 10)]), Order(2, [(gear, 2)]), Order(3, [(gear, 1), (bolt, 3)]), Order(4, [(bolt, 1)])]
for order in orders:
    try:
        company.fulfil(order)
        print("filled", order.number, order.total())
    except OrderError as e:
        print("failed:", e, "| lines:", len(e.order.lines))
south.put(gear, 3)
try:
    company.fulfil(orders[1])
    print("filled on retry", orders[1].number)
except OrderError as e:
    print("still failing:", e)
for line in company.log:
    print(line)
print("revenue", company.revenue, [o.number for o in orders if not o.filled])
for w in sorted(company.warehouses, key=lambda w: w.name):
    print(w.name, sorted(w.stock.items()))
