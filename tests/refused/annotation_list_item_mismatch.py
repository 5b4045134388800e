# An empty list annotated list[int] has int items: appending a str to it is refused.
def words() -> list[int]:
    found: list[int] = []
    found.append("one")
    return found


print(words())
