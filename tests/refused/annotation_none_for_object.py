# A value that may be None, where the annotation does not admit None.
import sys


class Node:
    def __init__(self, name: str) -> None:
        self.name = name


def find(nodes: list[Node], name: str) -> Node:
    found = None
    for n in nodes:
        if n.name == name:
            found = n
    return found


print(find([Node(sys.argv[0])], "x").name)
