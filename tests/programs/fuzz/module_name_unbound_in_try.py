# Found by the fuzzer: a module variable read inside a try before it is first assigned must
# raise NameError (not caught by `except ArithmeticError`); Wyrm ran on silently, status 0.
try:
    v = 1 / g
except ArithmeticError:
    pass
g = 2
print(g)
