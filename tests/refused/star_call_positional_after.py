# Refused: positional arguments after *args in a call.
def volume(w, h, d):
    return w * h * d


size = (2, 3)
print(volume(*size, 4))
