# `from __future__ import annotations` postpones every annotation, so a class may name itself
# (or a class defined later) without quotes; `typing` names work under `import typing` too.
from __future__ import annotations

import typing


class Stack:
    def __init__(self) -> None:
        self.items: list[Entry] = []
        self.top: Entry | None = None

    def push(self, value: int) -> Stack:
        entry = Entry(value, self.top)
        self.items.append(entry)
        self.top = entry
        return self

    def peek(self) -> typing.Optional[Entry]:
        return self.top


class Entry:
    def __init__(self, value: int, below: Entry | None) -> None:
        self.value = value
        self.below = below


s = Stack().push(1).push(2).push(3)
top = s.peek()
while top is not None:
    print(top.value)
    top = top.below
print(len(s.items), Stack().peek() is None)
