# A method called with *xs of a list too short for it, uncaught: "missing 1 required
# positional argument", with the method's qualified name.


class Mixer:
    def mix(self, red, green, blue):
        return (red + green + blue) // 3


m = Mixer()
print(m.mix(*[30, 60, 90]))
channels = [10, 20]
print(m.mix(*channels))
