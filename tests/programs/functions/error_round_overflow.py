# round() of a float whose rounded value does not fit in a float: OverflowError, uncaught.

print(round(1.5e308, -307))
print(round(1.7976931348623157e308, -308))
