# Refused: adding a str and an int, which CPython rejects at run time with a TypeError.
import sys

label = "count: "
print(label + len(sys.argv))
