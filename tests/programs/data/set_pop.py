# set.pop() takes elements in slot order, from where the last pop stopped; pop() of an empty
# set raises KeyError.
s = {5, 1, 9, 3, 7}
print(s.pop(), s.pop(), s)
s.add(0)
s.add(2)
print(s.pop(), s)
big = set(range(30, 0, -3))
out = []
while big:
    out.append(big.pop())
print(out)
t = {4}
t.pop()
print(t)
t.pop()
