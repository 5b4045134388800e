# *args forwarded: a wrapper that takes *args and calls another function with *args (each
# call shape gets its own specialization, so the tuple's length is known), wrappers of
# methods and constructors, and counting calls around a function.


def area(width, height):
    return width * height


def volume(width, height, depth=1):
    return width * height * depth


def logged(name, f, *args):
    result = f(*args)
    print(f"  {name}{args} = {result}")
    return result


def forward_all(*args):
    return volume(*args)


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled(self, kw, kh):
        return Rect(self.w * kw, self.h * kh)

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


def build(*args):
    return Rect(*args)


def call_method(obj, *args):
    return obj.scaled(*args)


print(logged("area", area, 3, 4))
print(logged("volume", volume, 2, 3, 4), logged("volume", volume, 2, 3))
print(forward_all(1, 2), forward_all(1, 2, 3))
r = build(2, 5)
print(r, call_method(r, 3, 1), call_method(build(*(1, 1)), *(4, 4)))
pairs = [(1, 2), (3, 4), (5, 6)]
print([area(*p) for p in pairs], [forward_all(10, *p) for p in pairs])
