# Infinity and NaN obtained from float('inf') / float('nan'): how they print, compare and
# behave in arithmetic.
import math

inf = float('inf')
ninf = float('-inf')
nan = float('nan')

print(inf, ninf, nan, -inf, -nan)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
print(inf + 1.0, inf - inf, inf * 0.0, inf * -2.0, 1.0 / inf)
print(math.isinf(inf), math.isnan(nan), math.isinf(1e308), math.isnan(inf - inf))
print(float('Infinity'), float('  -inf '), float('NaN'))
print(min(3.0, inf), max(ninf, -3.0), abs(ninf))

values = [1.0, inf, -2.0, ninf, 0.0]
largest = ninf
smallest = inf
for v in values:
    if v > largest:
        largest = v
    if v < smallest:
        smallest = v
print(largest, smallest)
print(math.inf == inf, -math.inf == ninf)
