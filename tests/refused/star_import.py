# Refused: `from math import *`; math itself is supported, but a star import hides which names
# the program uses.
from math import *

print(sqrt(2.0), pi)
