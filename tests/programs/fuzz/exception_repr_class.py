# Found by the fuzzer: repr() of a caught exception must name the exception's own class, not
# the class of the except clause that caught it (Wyrm printed Exception('c'),
# ArithmeticError('integer modulo by zero'), LookupError(...)).
class E1(Exception):
    pass


try:
    raise E1('c')
except Exception as e:
    print(repr(e))
try:
    print(1 % 0)
except ArithmeticError as e:
    print(repr(e), e)
try:
    raise KeyError('11')
except LookupError as e:
    print(repr(e), e)
