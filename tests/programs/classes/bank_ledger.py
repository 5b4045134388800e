# A small bank: accounts, a ledger of transactions, transfers that roll back when a step
# fails, and user exceptions (a hierarchy with fields) raised, caught, re-raised and
# inspected (str(e), e.args, attributes).


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount} (balance {account.balance})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    def __init__(self, owner):
        super().__init__("account of " + owner + " is frozen")
        self.owner = owner


class UnknownAccount(BankError):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount


class Entry:
    def __init__(self, number, source, target, amount, ok):
        self.number = number
        self.source = source
        self.target = target
        self.amount = amount
        self.ok = ok

    def __str__(self):
        status = "ok" if self.ok else "FAILED"
        return f"#{self.number} {self.source} -> {self.target}: {self.amount} {status}"


class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []

    def open(self, owner, balance):
        account = Account(owner, balance)
        self.accounts[owner] = account
        return account

    def find(self, owner):
        if owner not in self.accounts:
            raise UnknownAccount(owner)
        return self.accounts[owner]

    def transfer(self, source, target, amount):
        number = len(self.ledger) + 1
        try:
            a = self.find(source)
            b = self.find(target)
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except BankError:
                a.balance += amount
                raise
        except BankError as e:
            self.ledger.append(Entry(number, source, target, amount, False))
            raise
        else:
            self.ledger.append(Entry(number, source, target, amount, True))
        finally:
            self.check()

    def check(self):
        total = 0
        for account in self.accounts.values():
            total += account.balance
        if total != 600:
            raise RuntimeError("money was created or lost: " + str(total))


bank = Bank()
bank.open("ann", 100)
bank.open("bob", 200)
bank.open("cid", 300)
requests = [("ann", "bob", 50), ("bob", "cid", 500), ("cid", "dan", 10), ("cid", "ann", 300), ("ann", "bob", 0)]
for source, target, amount in requests:
    try:
        bank.transfer(source, target, amount)
        print("done", source, target, amount)
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", e.amount - e.account.balance)
    except UnknownAccount as e:
        print("unknown account:", e.args[0], e.args)
    except BankError as e:
        print("bank error:", e)
    except ValueError as e:
        print("bad request:", e)

bank.find("bob").frozen = True
try:
    bank.transfer("ann", "bob", 10)
except AccountFrozen as e:
    print("frozen:", e, e.owner, e.args)

for entry in bank.ledger:
    print(entry)
for owner in sorted(bank.accounts):
    print(owner, bank.accounts[owner].balance)
