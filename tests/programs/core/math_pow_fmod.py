# math.pow and math.fmod: values, IEEE special cases, and CPython's domain and range errors.
import math
print(math.fmod(7.5, 2.0), math.fmod(-7.5, 2.0), math.fmod(1.0, math.inf), math.fmod(5, 3), math.pow(2.0, 0.5), math.pow(2, 10), math.pow(-2.0, 3))
print(math.pow(math.inf, 2), math.pow(2, -math.inf), math.pow(1.0, math.nan), math.pow(math.nan, 0), math.fmod(math.nan, 1.0))
for x, y in [(-8.0, 1.0 / 3), (0.0, -1.0), (10.0, 400.0), (-0.0, -3.0)]:
    try:
        print(math.pow(x, y))
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
for x, y in [(math.inf, 1.0), (1.0, 0.0), (-math.inf, 2.0)]:
    try:
        print(math.fmod(x, y))
    except ValueError as e:
        print("ValueError", e)
