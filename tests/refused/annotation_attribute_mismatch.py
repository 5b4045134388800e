# A store into a declared attribute, in another method than the declaration.
class Account:
    owner: str

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.history: list[float] = []

    def transfer(self, to: "Account") -> None:
        self.owner = to


a = Account("ann")
a.transfer(Account("bob"))
print(a.owner)
