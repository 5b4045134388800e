# A bank: an exception class with fields made through super().__init__, a subclass with interest, a dict of accounts, and an uncaught exception at the end.
# a bank with exceptions, class hierarchy, __str__, dict of accounts
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account} lacks {amount}")
        self.account = account
        self.amount = amount

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: {self.balance}"

class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest

accounts = {"ann": Account("ann", 100), "bob": Savings("bob", 1000)}
ops = [("ann", "withdraw", 30), ("bob", "deposit", 500), ("ann", "withdraw", 100), ("bob", "deposit", -5)]
for who, op, amount in ops:
    acct = accounts[who]
    try:
        if op == "withdraw":
            acct.withdraw(amount)
        else:
            acct.deposit(amount)
    except InsufficientFunds as e:
        print("failed:", e, e.amount)
    except ValueError as e:
        print("bad:", e)
b = accounts["bob"]
if isinstance(b, Savings):
    print("interest", b.add_interest())
for name in sorted(accounts):
    print(accounts[name], accounts[name].history)
try:
    accounts["carl"].deposit(1)
except KeyError as e:
    print("no such account", e)
accounts["ann"].withdraw(1000)
