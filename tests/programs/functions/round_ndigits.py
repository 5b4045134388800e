# round(x, ndigits): floats rounded correctly from their exact binary values (2.675 is
# slightly below 2.675, so it rounds down), half to even on exact ties, negative ndigits,
# huge and tiny ndigits, infinities and nan, and ints (which stay ints).

print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(3.5, 0))
print(round(-2.675, 2), round(-0.5, 0), round(-0.4, 0), round(0.5, 0), round(1.5, 0))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(123.456, 10), round(1e-10, 5), round(5e-324, 400), round(1e300, -299), round(1e300, -400))
print(round(float("inf"), 3), round(float("-inf"), -3), round(float("nan"), 1))
print(round(1 / 3, 5), round(2 / 3, 16), round(0.1 + 0.2, 15), round(100.0, -3), round(500.0, -3), round(1500.0, -3))
print(round(17, 1), round(17, -1), round(15, -1), round(25, -1), round(-25, -1), round(-35, -1), round(123456, -3))
print(round(987654321, -5), round(0, -2), round(7, 0), round(5, -1), round(-5, -1), round(99, -2))
print(round(2.675, ndigits=2), round(7, ndigits=-1), round(2.5), round(3.5), round(-0.5))
prices = [19.995, 4.005, 0.045, 1.115, 10.125]
print([round(p, 2) for p in prices])
print(sum([round(p, 1) for p in prices]))
