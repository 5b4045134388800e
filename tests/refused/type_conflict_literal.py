# Refused: a variable that holds an int on one path and a str on the other has no single
# static type (the conflicting values are literals).
import sys

mode = 0
if len(sys.argv) > 1:
    mode = "verbose"
print(mode)
