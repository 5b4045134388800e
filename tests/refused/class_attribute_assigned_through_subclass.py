class A:
    n = 0
class B(A):
    pass
B.n = 5
print(A.n)
