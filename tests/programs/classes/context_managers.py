# with statements on instances defining __enter__ and __exit__: nested blocks, the value
# __enter__ returns bound with `as`, exceptions leaving the block (seen by __exit__, which may
# suppress them by returning True), and return from inside a with block.


class Log:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)


LOG = Log()


class Resource:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
        self.open = False

    def __enter__(self):
        self.open = True
        LOG.write("open " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        if exc is None:
            LOG.write("close " + self.name)
            return False
        LOG.write("close " + self.name + " after " + str(exc))
        return self.suppress

    def use(self, n):
        if n < 0:
            raise ValueError("negative use of " + self.name)
        return n * 2


def work(n):
    with Resource("outer", False) as outer:
        with Resource("inner", True) as inner:
            inner.use(n)
            LOG.write("inner used")
        result = outer.use(n + 1)
        if result > 10:
            return result
        LOG.write("outer used")
    return -result


print(work(1))
print(work(-1))
print(work(9))
try:
    work(-5)
except ValueError as e:
    print("escaped:", e)
r = Resource("last", True)
with r:
    r.use(-1)
print(r.open)
for line in LOG.lines:
    print(line)
