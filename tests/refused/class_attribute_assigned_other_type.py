class A:
    n = 0
A.n = "x"
print(A.n)
