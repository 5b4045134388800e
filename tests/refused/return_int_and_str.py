# Refused: a function that returns an int on one path and a str on another.
import sys


def describe(n):
    if n > 1:
        return n * 10
    return "none"


print(describe(len(sys.argv)))
