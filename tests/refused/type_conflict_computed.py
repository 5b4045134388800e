# Refused: a variable that holds an int on one path and a str on the other has no single
# static type (the conflicting values are computed).
import sys

count = len(sys.argv)
if count > 2:
    count = str(count)
print(count)
