# Attributes of a value that may be None: read and set after a test, and CPython's AttributeError when it is None.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

    def total(self):
        return self.value + (self.next.total() if self.next is not None else 0)

class Stack:
    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, v):
        self.top = Node(v, self.top)
        self.size += 1

    def peek(self):
        if self.top is not None:
            return self.top.value
        return -1

    def pop(self):
        node = self.top
        self.top = self.top.next
        self.size -= 1
        return node.value

s = Stack()
for i in range(5):
    s.push(i * i)
print(s.peek(), s.top.total(), s.pop(), s.pop(), s.size)
while s.top is not None:
    s.pop()
print(s.peek())
try:
    s.pop()
except AttributeError as e:
    print("AttributeError:", e)
s.top.next = None
