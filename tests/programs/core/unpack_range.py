# Unpacking a range (the enum idiom), with the ValueErrors of a wrong count.
A, B, C = range(3)
print(A, B, C)
x, y = range(10, 0, -5)
print(x, y)
try:
    p, q = range(5)
except ValueError as e:
    print(e)
try:
    p, q, r = range(2)
except ValueError as e:
    print(e)
try:
    p, q = range(10**12)
except ValueError as e:
    print(e)
