# Wyrm has one type per value: a union of unrelated types cannot be translated.
def show(value: int | str) -> None:
    print(value)


show(1)
