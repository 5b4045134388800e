# e.args and str(e) in one handler of Exception for the program's exceptions and the ones
# operations raise (their args are their message), with type(e).__name__.


class MyError(Exception):
    pass

def work(k):
    if k == 0:
        raise MyError("mine")
    if k == 1:
        return 1 // (k - 1)
    if k == 2:
        return int("q")
    if k == 3:
        return [][0]
    if k == 4:
        return {"a": 1}["b"]
    return k

for k in range(6):
    try:
        print(work(k))
    except Exception as e:
        print(type(e).__name__, e.args, e)
