# Refused: a list whose items are ints and a str: a list has one item type.
import sys

values = [1, 2, 3]
if len(sys.argv) > 1:
    values.append("four")
print(values)
