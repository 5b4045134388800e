# Exception handling paths: handlers ordered from specific to general, a tuple of classes in
# one clause, else and finally (run on every path, also when a handler re-raises or the
# function returns), bare raise, raise ... from, and exceptions raised in handlers.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what + " not found")
        self.what = what


class Invalid(AppError):
    pass


TRACE = []


def lookup(data, key):
    TRACE.append("lookup " + key)
    try:
        if key == "":
            raise Invalid("empty key")
        if key not in data:
            raise NotFound(key)
        value = data[key]
        if value < 0:
            raise ValueError("negative value for " + key)
    except NotFound as e:
        TRACE.append("not found " + e.what)
        raise
    except (Invalid, ValueError) as e:
        TRACE.append("bad: " + str(e))
        return -1
    else:
        TRACE.append("found " + key)
        return value
    finally:
        TRACE.append("done " + key)


def convert(data, key):
    try:
        return lookup(data, key) * 2
    except NotFound as e:
        raise RuntimeError("conversion failed") from e


data = {"a": 1, "b": -5}
for key in ["a", "b", "", "zz"]:
    try:
        print(key, convert(data, key))
    except RuntimeError as e:
        print(key, "runtime error:", e)
    except AppError as e:
        print(key, "app error:", e)
for line in TRACE:
    print(line)


def nested(n):
    try:
        try:
            if n == 0:
                raise KeyError("inner")
            return 10 // (n - 1)
        except KeyError:
            raise IndexError("from handler")
        finally:
            print("  inner finally", n)
    except IndexError as e:
        print("  caught", e)
        return -n
    except ZeroDivisionError as e:
        print("  caught", e)
        return 0


for n in range(3):
    print(n, nested(n))
