# Found by the fuzzer: a chained comparison used as a value, with a computed middle operand
# and a conditional expression as last operand (Wyrm: malformed flow graph, internal error).
k = 1
b = k < k + 1 < (3 if k else 4)
print(b)
