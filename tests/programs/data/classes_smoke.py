# Classes with inheritance, class attributes overridden in subclasses, super(), calling a base method explicitly; exceptions caught by class and by tuple, finally.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name
        self.legs = 4

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.name + " has " + str(self.legs) + " legs"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"

    def __init__(self, name):
        super().__init__(name)
        self.legs = 2

    def speak(self):
        return "The bird " + Animal.speak(self)


def main():
    animals = [Dog("rex"), Bird("tweety"), Animal("thing")]
    for a in animals:
        print(a.speak())
        print(a.describe())
    try:
        x = animals[5]
    except IndexError as e:
        print("caught", e)
    try:
        raise ValueError("bad value")
    except (TypeError, ValueError) as e:
        print("caught 2", e)
    finally:
        print("finally")


main()
