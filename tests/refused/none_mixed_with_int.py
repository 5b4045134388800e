# Refused: a variable that is None on one path and an int on another; ints cannot be None.
import sys

limit = None
if len(sys.argv) > 2:
    limit = 10
print(limit)
