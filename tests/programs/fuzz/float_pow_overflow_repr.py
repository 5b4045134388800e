# Found by npm run fuzz -- --seed 4242 --index 4427: repr() of the OverflowError a float power
# raises. CPython's comes from errno, with the arguments (34, 'Numerical result out of range');
# Wyrm quoted that text as one str argument.
def grow(x: float) -> float:
    return x ** 400.0


try:
    print(grow(10.0))
except OverflowError as error:
    print("stopped:", repr(error), error)
try:
    print(grow(1.5), grow(1e10))
except ArithmeticError as error:
    print("stopped:", repr(error))
