# Found by the fuzzer: an exception class whose __init__ does not call super().__init__ still
# gets its arguments from the constructor call in CPython (BaseException.__new__ keeps them):
# str(e) is "('a', 1)"; Wyrm printed an empty line.
class E(Exception):
    def __init__(self, msg: str, code: int):
        self.code = code


try:
    raise E('a', 1)
except Exception as e:
    print(e)
