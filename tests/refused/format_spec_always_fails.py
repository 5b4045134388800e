# A constant format spec that CPython rejects for every float: refused when translating.
prices = [1.5, 2.25]
for p in prices:
    print(f"price: {p:>8d} EUR")
