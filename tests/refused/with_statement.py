# Refused: with statements (context managers) are outside the language core.
import sys

with open(sys.argv[0]) as source:
    print(source.read())
