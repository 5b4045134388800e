# Refused: printing a value that may be a bool or an int: they print differently (True vs 1),
# and Wyrm keeps one static type per value.
import sys

flag = True
if len(sys.argv) > 1:
    flag = len(sys.argv)
print(flag)
