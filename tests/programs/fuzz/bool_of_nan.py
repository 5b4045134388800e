# Found by the fuzzer (npm run fuzz -- --seed 2026 --index 880 and 7974, shrunk): bool() of a
# constant NaN was False (JavaScript's truth of NaN); in Python NaN is true.
import math


def f15(depth: int, p16: int) -> None:
    if bool(math.nan):
        print("nan is true", depth, p16)


f15(0, 1)
x = math.nan
print(bool(math.nan), bool(x), not math.nan, bool(-0.0), bool(0.0), bool(math.inf))
g2 = 0
g2 = g2 if bool(math.nan) else 1
print(g2)
