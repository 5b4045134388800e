# A binary search tree whose children are None-able references: insertion, search, deletion
# (with the in-order successor), height, in-order and level-order traversals, and a size
# kept in each node.


class TreeNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class Tree:
    def __init__(self):
        self.root = None
        self.count = 0

    def put(self, key, value):
        self.root = self._put(self.root, key, value)

    def _put(self, node, key, value):
        if node is None:
            self.count += 1
            return TreeNode(key, value)
        if key < node.key:
            node.left = self._put(node.left, key, value)
        elif key > node.key:
            node.right = self._put(node.right, key, value)
        else:
            node.value = value
        return node

    def get(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        return None

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
            return node
        if key > node.key:
            node.right = self._delete(node.right, key)
            return node
        self.count -= 1
        left = node.left
        right = node.right
        if left is None:
            return right
        if right is None:
            return left
        successor = right
        nxt = successor.left
        while nxt is not None:
            successor = nxt
            nxt = successor.left
        node.key = successor.key
        node.value = successor.value
        self.count += 1
        node.right = self._delete(right, successor.key)
        return node

    def height(self, node):
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def in_order(self):
        out = []
        self._walk(self.root, out)
        return out

    def _walk(self, node, out):
        if node is None:
            return
        self._walk(node.left, out)
        out.append(node.key)
        self._walk(node.right, out)

    def levels(self):
        rows = []
        level = []
        root = self.root
        if root is not None:
            level.append(root)
        while level:
            rows.append([n.key for n in level])
            following = []
            for n in level:
                left = n.left
                right = n.right
                if left is not None:
                    following.append(left)
                if right is not None:
                    following.append(right)
            level = following
        return rows


t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.put(k, "v" + str(k))
t.put(40, "forty")
print(t.count, t.height(t.root), t.in_order())
print(t.levels())
print(t.get(40), t.get(65), t.get(99))
for k in [20, 30, 50, 99]:
    try:
        t.delete(k)
        print("deleted", k, t.in_order(), t.count)
    except KeyError as e:
        print("missing key", e)
print(t.levels(), t.height(t.root))
