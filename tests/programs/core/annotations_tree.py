# args: 50 20 70 10 30 60 80 30
# A recursive structure declared with string annotations ("Tree | None"): a binary search tree
# whose children start as None, built from the arguments.
import sys


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: "Tree | None" = None
        self.right: "Tree | None" = None
        self.count: int = 1


def insert(tree: "Tree | None", key: int) -> "Tree":
    if tree is None:
        return Tree(key)
    if key < tree.key:
        tree.left = insert(tree.left, key)
    elif key > tree.key:
        tree.right = insert(tree.right, key)
    else:
        tree.count += 1
    return tree


def inorder(tree: "Tree | None", out: "list[int]") -> None:
    if tree is None:
        return
    inorder(tree.left, out)
    for _ in range(tree.count):
        out.append(tree.key)
    inorder(tree.right, out)


def height(tree: "Tree | None") -> int:
    if tree is None:
        return 0
    return 1 + max(height(tree.left), height(tree.right))


def find(tree: "Tree | None", key: int) -> "Tree | None":
    node = tree
    while node is not None and node.key != key:
        node = node.left if key < node.key else node.right
    return node


root: "Tree | None" = None
for i in range(1, len(sys.argv)):
    root = insert(root, int(sys.argv[i]))
keys: "list[int]" = []
inorder(root, keys)
print(keys)
print("height", height(root))
hit = find(root, 30)
print(hit is not None and hit.count == 2)
print(find(root, 99) is None)
