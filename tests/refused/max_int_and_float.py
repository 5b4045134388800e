# Refused: max() of an int and a float returns one of its arguments unchanged, so its type
# depends on the values.
import sys

print(max(len(sys.argv), 2.5))
