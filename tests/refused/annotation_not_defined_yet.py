# CPython evaluates a method's annotations when the def runs, inside the class body, where the
# class is not defined yet: NameError. Wyrm refuses it and says how to fix it.
class Node:
    def __init__(self, value: int) -> None:
        self.value = value

    def same(self, other: Node) -> bool:
        return self.value == other.value


print(Node(1).same(Node(1)))
