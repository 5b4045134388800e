# Traceback carets under a line holding wide characters (CJK, emoji), which take two columns
# on a terminal: CPython widens the carets to match.


def reading(values, index):
    return values[index]


temperatures = [21.5, 23.0, 19.25]
# 温度 means temperature; 最高 means highest.
print(len(temperatures), "readings")
print("温度", reading(temperatures, 0))
print("最高", reading(temperatures, 1))
print("😀 温度", reading(temperatures, 2), "°C")
print("温度 😀", temperatures[0], "→", temperatures[3] + 1.0)
print("not reached")
