# An instance attribute hiding a subclass's class attribute of the same type.
class A:
    def __init__(self):
        self.n = 1
class B(A):
    n = 5
print(B().n, A().n)
