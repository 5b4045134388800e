# Annotations in every kind of scope: a module variable rebound through `global`, a local of a
# closure rebound through `nonlocal`, a parameter kept in a cell, keyword-only parameters,
# assignments inside try, a declared for-loop variable, and `typing` used through `import typing`.
import typing


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


count: int = 0
best: Node | None = None


def visit(n: Node, *, weight: float = 1.0) -> None:
    global count, best
    count += 1
    current = best
    if current is None or n.v > current.v:
        best = n
    print("visit", n.v, weight)


def make_adder(k: int) -> typing.Callable[[int], int]:
    def add(x: int) -> int:
        return x + k
    return add


def counter(start: int) -> "typing.Callable[[int], int]":
    total: int = start

    def bump(by: int) -> int:
        nonlocal total
        total += by
        return total
    return bump


def parse(text: str) -> int:
    value: int = -1
    try:
        value = int(text)
    except ValueError:
        value = 0
    return value


def first(x: typing.Union[Node, None] = None) -> int:
    if x is None:
        return -1
    return x.v


for n in [Node(3), Node(9), Node(4)]:
    visit(n, weight=2.5)
found = best
if found is not None:
    print(count, found.v)
print(parse("12"), parse("x"))
print(first(), first(Node(5)))
print(make_adder(2)(40))
bump = counter(10)
bump(1)
print(bump(2))
i: int
for i in range(3):
    print(i)
