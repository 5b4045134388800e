# staticmethod, classmethod (as factories, called on the class and on instances), properties
# with getters and setters (validating), and class attributes read through instances and the
# class, overridden in a subclass.


class Temperature:
    unit = "C"
    created = 0

    def __init__(self, degrees):
        self._degrees = degrees

    @staticmethod
    def from_fahrenheit_value(f):
        return (f - 32) * 5 / 9

    @classmethod
    def freezing(cls):
        return cls(0.0)

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(Temperature.from_fahrenheit_value(f))

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._degrees = value

    @property
    def kelvin(self):
        return self._degrees + 273.15

    def label(self):
        return f"{self._degrees:.1f}{self.unit}"


class Precise(Temperature):
    unit = "C*"

    def label(self):
        return f"{self._degrees:.3f}{self.unit}"


t = Temperature(21.5)
print(t.degrees, t.kelvin, t.label(), t.unit, Temperature.unit)
t.degrees = 30.0
print(t.label())
try:
    t.degrees = -300.0
except ValueError as e:
    print("rejected:", e)
print(t.label())
print(Temperature.freezing().label(), Temperature.from_fahrenheit(212.0).label())
print(Precise.from_fahrenheit(100.0).label(), Precise.freezing().unit)
print(Temperature.from_fahrenheit_value(50.0), t.from_fahrenheit_value(32.0))
readings = [Temperature(1.0), Precise(2.0), Temperature.freezing()]
print([r.label() for r in readings], [r.unit for r in readings])
