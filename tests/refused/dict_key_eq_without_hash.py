# Refused: a class that defines __eq__ but not __hash__ is unhashable (CPython sets its
# __hash__ to None), so its instances cannot be set members or dict keys.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return self.major == other.major and self.minor == other.minor


seen = {Version(1, 0), Version(1, 0)}
print(len(seen))
