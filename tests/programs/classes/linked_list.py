# Linked structures with None-able fields: a singly linked list (push, append, find, remove,
# reverse, insertion sort) and a doubly linked deque whose ends may be None. Fields that may
# be None are read into locals and tested there (Wyrm narrows variables, not attributes).


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        last = self.head
        if last is None:
            self.head = node
        else:
            following = last.next
            while following is not None:
                last = following
                following = last.next
            last.next = node
        self.size += 1

    def find(self, value):
        node = self.head
        while node is not None:
            if node.value == value:
                return node
            node = node.next
        return None

    def remove(self, value):
        previous = None
        node = self.head
        while node is not None:
            if node.value == value:
                if previous is None:
                    self.head = node.next
                else:
                    previous.next = node.next
                self.size -= 1
                return True
            previous = node
            node = node.next
        return False

    def reverse(self):
        previous = None
        node = self.head
        while node is not None:
            following = node.next
            node.next = previous
            previous = node
            node = following
        self.head = previous

    def sorted_copy(self):
        result = LinkedList()
        node = self.head
        while node is not None:
            result.insert_sorted(node.value)
            node = node.next
        return result

    def insert_sorted(self, value):
        node = self.head
        if node is None or value < node.value:
            self.push(value)
            return
        following = node.next
        while following is not None and following.value <= value:
            node = following
            following = node.next
        node.next = Node(value, following)
        self.size += 1

    def values(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class Deque:
    def __init__(self):
        self.first = None
        self.last = None
        self.length = 0

    def push_front(self, value):
        node = DNode(value)
        first = self.first
        node.next = first
        if first is not None:
            first.prev = node
        else:
            self.last = node
        self.first = node
        self.length += 1

    def push_back(self, value):
        node = DNode(value)
        last = self.last
        node.prev = last
        if last is not None:
            last.next = node
        else:
            self.first = node
        self.last = node
        self.length += 1

    def pop_front(self):
        node = self.first
        if node is None:
            raise IndexError("pop from an empty deque")
        first = node.next
        self.first = first
        if first is None:
            self.last = None
        else:
            first.prev = None
        self.length -= 1
        return node.value

    def pop_back(self):
        node = self.last
        if node is None:
            raise IndexError("pop from an empty deque")
        last = node.prev
        self.last = last
        if last is None:
            self.first = None
        else:
            last.next = None
        self.length -= 1
        return node.value

    def backwards(self):
        out = []
        node = self.last
        while node is not None:
            out.append(node.value)
            node = node.prev
        return out


items = LinkedList()
for v in [5, 3, 8, 1]:
    items.push(v)
items.append(10)
print(items.values(), items.size)
found = items.find(8)
print(found is not None, found.value if found is not None else -1, items.find(42) is None)
print(items.remove(3), items.remove(42), items.remove(1), items.values(), items.size)
items.reverse()
print(items.values())
print(items.sorted_copy().values())
empty = LinkedList()
empty.reverse()
print(empty.values(), empty.find(1) is None, empty.remove(1))

d = Deque()
for v in range(4):
    d.push_back(v)
d.push_front(-1)
print(d.backwards(), d.length)
print(d.pop_front(), d.pop_back(), d.pop_back(), d.backwards())
while d.length > 0:
    print("pop", d.pop_front())
print(d.first is None, d.last is None)
try:
    d.pop_back()
except IndexError as e:
    print("error:", e)
