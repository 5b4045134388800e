# Refused: print()'s file chosen at run time between sys.stdout and sys.stderr; the two streams
# are distinct constants to Wyrm, so the conditional expression has no single type.
import sys

for i in range(3):
    print(i, file=sys.stderr if i % 2 else sys.stdout)
