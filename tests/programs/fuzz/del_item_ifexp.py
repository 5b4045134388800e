# Found by the fuzzer: `del` of a list item whose index is a conditional expression
# (Wyrm: malformed flow graph, "operation delitem uses variable before it is defined").
xs = [0, 1]
c = 1
del xs[1 if c else 0]
print(xs)
