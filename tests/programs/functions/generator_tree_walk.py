# Recursive generators with `yield from` over a tree of instances whose children lists may
# be empty: pre-order and post-order walks, leaves only, and paths from the root.


class Tree:
    def __init__(self, label, children):
        self.label = label
        self.children = children


def preorder(t):
    yield t.label
    for child in t.children:
        yield from preorder(child)


def postorder(t):
    for child in t.children:
        yield from postorder(child)
    yield t.label


def leaves(t):
    if not t.children:
        yield t.label
    for child in t.children:
        yield from leaves(child)


def paths(t, prefix):
    here = prefix + "/" + t.label
    if not t.children:
        yield here
    for child in t.children:
        yield from paths(child, here)


def leaf(label):
    return Tree(label, [])


root = Tree("root", [Tree("a", [leaf("a1"), leaf("a2")]), leaf("b"), Tree("c", [Tree("c1", [leaf("c1x")])])])
print(list(preorder(root)))
print(list(postorder(root)))
print(list(leaves(root)))
for p in paths(root, ""):
    print(p)
print(sum(1 for _ in preorder(root)), len(list(leaves(root.children[2]))))
