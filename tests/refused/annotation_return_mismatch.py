# A return value that disagrees with the declared return type.
import sys


def label(code: int) -> str:
    if code == 0:
        return "zero"
    return code


print(label(len(sys.argv)))
