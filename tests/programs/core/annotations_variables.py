# args: 5
# Annotated variables, in functions and at module level. A declaration gives inference what it
# cannot know yet: the items of a list nothing has been stored into, the keys and values of an
# empty dict, and a variable that is None now but may later hold an object.
import sys

limit: int = int(sys.argv[1])
names: list[str] = []
squares: dict[int, int] = {}
seen: set[str] = set()
ratio: float = 3
flag: bool = limit > 3
pair: tuple[int, str] = (limit, "five")
many: tuple[int, ...] = (1, 2, 3)


class Item:
    def __init__(self, name: str, weight: float) -> None:
        self.name = name
        self.weight = weight


def heaviest(items: list[Item]) -> Item | None:
    best: Item | None = None
    for item in items:
        if best is None or item.weight > best.weight:
            best = item
    return best


def collect(n: int) -> list[int]:
    evens: list[int] = []
    odds: list[int] = []
    for i in range(n):
        if i % 2 == 0:
            evens.append(i)
    print("odds:", odds)
    return evens


def grid(n: int) -> list[list[int]]:
    rows: list[list[int]] = []
    for i in range(n):
        row: list[int] = []
        for j in range(n):
            row.append(i * j)
        rows.append(row)
    return rows


def running(values: list[float]) -> float:
    total: float = 0.0
    for v in values:
        total = total + v
    return total


print(names, len(names))
for i in range(limit):
    names.append("n" + str(i))
    squares[i] = i * i
    seen.add(str(i % 2))
print(names)
print(squares)
print(sorted(seen))
print(ratio, flag, pair, many)
print(collect(limit))
print(grid(3))
print(running([0.5, 1.5, 2.0]))
found = heaviest([Item("a", 1.5), Item("b", 2.5), Item("c", 0.5)])
if found is not None:
    print(found.name, found.weight)
print(heaviest([]) is None)
empty: list[int] = []
print(empty, len(empty))
nothing: dict[str, list[int]] = {}
print(nothing)
