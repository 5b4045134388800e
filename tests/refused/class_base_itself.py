# A class named as its own base: CPython evaluates the bases before it binds the name
# (NameError), so there is no class to inherit from.
class Node(Node):
    pass


print(Node())
