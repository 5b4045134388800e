# An exception class that is caught but never raised: its handler reads an attribute only its __init__ sets, which never runs (CPython never runs that handler either).
class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error")
        self.code = code

class Other(Exception):
    pass

def work(n):
    if n > 100:
        raise Other("big")
    return n * 2

try:
    print(work(5))
    print(work(500))
except AppError as e:
    print("app", e.code)
except Other as e:
    print("other", e)
