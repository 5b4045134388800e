# Declared instance attributes: `name: T` in a class body and `self.name: T = ...` in methods.
# A declaration types an attribute that starts empty or None (`self.children: list[Node] = []`,
# `self.parent: Node | None = None`), and every later store must agree with it.


class Node:
    label: str
    weight: float

    def __init__(self, label: str, weight: float = 1.0) -> None:
        self.label = label
        self.weight = weight
        self.children: list[Node] = []
        self.parent: "Node | None" = None
        self.tags: dict[str, int] = {}

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children.append(child)
        return child

    def depth(self) -> int:
        d = 0
        node = self.parent
        while node is not None:
            d += 1
            node = node.parent
        return d

    def total_weight(self) -> float:
        total = self.weight
        for c in self.children:
            total += c.total_weight()
        return total


class Leaf(Node):
    def __init__(self, label: str) -> None:
        Node.__init__(self, label, 0.5)
        self.count: int = 0


class Counter:
    value: int = 0
    history: list[int]

    def __init__(self) -> None:
        self.history = []

    def step(self, by: int = 1) -> None:
        self.history.append(self.value)
        self.value += by


def show(node: Node, indent: str = "") -> None:
    print(indent + node.label, node.depth(), node.total_weight())
    for c in node.children:
        show(c, indent + "  ")


root = Node("root", 2.0)
a = root.add(Node("a"))
a.add(Leaf("a1"))
leaf = Leaf("b")
root.add(leaf)
leaf.count += 3
root.tags["x"] = 1
show(root)
print(leaf.count, leaf.parent is root, root.parent is None, root.tags)
print(len(Node("lonely").children))
c = Counter()
c.step()
c.step(5)
print(c.value, c.history)
