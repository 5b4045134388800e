# A vending machine as a state machine: one class per state, each returning the next state
# (a None-able field remembers the previous one), with user exceptions for bad input.


class VendingError(Exception):
    pass


class Machine:
    def __init__(self, stock):
        self.stock = stock
        self.credit = 0
        self.sales = []
        self.state = Idle()
        self.previous = None

    def handle(self, event, amount):
        old = self.state
        try:
            self.state = old.on(self, event, amount)
        except VendingError as e:
            print("  refused:", e)
            return
        if self.state is not old:
            self.previous = old
            print("  ", old.name, "->", self.state.name)


class State:
    name = "state"

    def on(self, machine, event, amount):
        raise VendingError(self.name + " cannot handle " + event)


class Idle(State):
    name = "idle"

    def on(self, machine, event, amount):
        if event == "coin":
            machine.credit += amount
            return Paying()
        return State.on(self, machine, event, amount)


class Paying(State):
    name = "paying"

    def on(self, machine, event, amount):
        if event == "coin":
            machine.credit += amount
            return self
        if event == "select":
            item = "item" + str(amount)
            if machine.stock.get(item, 0) == 0:
                raise VendingError(item + " is sold out")
            price = 10 * amount
            if machine.credit < price:
                raise VendingError(f"{item} costs {price}, credit is {machine.credit}")
            machine.credit -= price
            machine.stock[item] -= 1
            machine.sales.append(item)
            return Dispensing()
        if event == "refund":
            print("  refund", machine.credit)
            machine.credit = 0
            return Idle()
        return State.on(self, machine, event, amount)


class Dispensing(State):
    name = "dispensing"

    def on(self, machine, event, amount):
        if event == "take":
            return Paying() if machine.credit > 0 else Idle()
        return State.on(self, machine, event, amount)


m = Machine({"item1": 1, "item2": 5})
events = [("select", 1), ("coin", 5), ("coin", 20), ("select", 3), ("select", 2), ("coin", 1), ("take", 0),
          ("select", 1), ("take", 0), ("select", 1), ("refund", 0), ("take", 0)]
for event, amount in events:
    print(event, amount)
    m.handle(event, amount)
previous = m.previous
print(m.state.name, previous.name if previous is not None else "-", m.credit, m.sales, m.stock)
