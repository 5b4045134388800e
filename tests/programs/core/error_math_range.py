# OverflowError from math.exp of a large argument: "math range error", as in CPython.
import math


def growth(rate, years):
    return math.exp(rate * years)


def doubling_time(rate):
    return math.log(2) / rate


for years in [1, 10, 100]:
    print(years, growth(0.05, years))
print("doubling time", doubling_time(0.05))
print(growth(1.0, 700))
print(growth(1.0, 710))
print("not reached")
