# Keyword-only parameters (after * or *args) with defaults of several types, given in any
# order, mixed with positional defaults; and CPython's errors for calls that do not fit,
# raised and caught at run time through *args of lists.


def connect(host, port=80, *, timeout=1.5, retries=3, secure=False, tag=None):
    scheme = "https" if secure else "http"
    suffix = "" if tag is None else " #" + tag
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}{suffix}"


def join_all(*parts, sep="-", upper=False):
    text = sep.join(parts)
    return text.upper() if upper else text


def window(width, height, *, title, resizable=True):
    return f"{title}: {width}x{height}{'' if resizable else ' fixed'}"


print(connect("example.org"))
print(connect("example.org", 8080, secure=True))
print(connect("h", retries=0, timeout=0.25, tag="t1"))
print(connect(port=1, host="x", tag="named"))
print(join_all("a", "b", "c"), join_all("a", "b", sep="+"), join_all(upper=True), join_all("x", upper=True, sep=""))
print(window(80, 24, title="term"), window(1, 2, resizable=False, title="tiny"))
for sizes in [[640], [640, 480], [640, 480, 1]]:
    try:
        print(window(*sizes, title="w"))
    except TypeError as e:
        print("TypeError:", e)
for values in [[1], [1, 2, 3]]:
    try:
        print(connect("h", *values, secure=True))
    except TypeError as e:
        print("TypeError:", e)
