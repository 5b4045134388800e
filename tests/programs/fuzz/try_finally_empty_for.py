# Found by the fuzzer: a for loop over an empty list in a try/finally made Binaryen's Relooper
# abort ("Assertion failed: DefaultTarget"): an internal error at translation.
try:
    for x in []:
        pass
finally:
    pass
print("end")
