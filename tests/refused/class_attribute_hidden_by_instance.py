class A:
    n = 0
    def set(self):
        self.n = 3
A.n += 1
a = A()
a.set()
print(A.n, a.n)
