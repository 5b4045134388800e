# Refused: lambda expressions are not supported; a def does the same.
double = lambda x: x * 2
print(double(21))
