# Found by the fuzzer: math.sin differs from CPython's (C library) in the last digit
# (Wyrm prints 0.7432477201022243, CPython 0.7432477201022242).
import math

print(math.sin(0.8379118276949932))
