# An attribute set on instances of a base class and a class attribute of another type with the same name in a subclass.
class Animal:
    def __init__(self, name):
        self.legs = 1
class Dog(Animal):
    legs = "woof"
def main():
    animals = [Dog(''), Animal('a')]
main()
