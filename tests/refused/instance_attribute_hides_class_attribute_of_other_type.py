# An instance attribute of another type than the class attribute it hides.
class Animal:
    legs = "..."
    def __init__(self, name):
        self.name = name
        self.legs = 4
class Dog(Animal):
    legs = "woof"
print(Dog("rex").legs, Animal("a").legs)
