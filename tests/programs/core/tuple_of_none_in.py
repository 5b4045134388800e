# 'in' on a tuple of None values: the answer is known when translating.
n = None
print("" in (n, n), None in (n, n), 3 in (n, n))
