# A misspelt class name inside a string annotation: the error points into the string.
class Tree:
    def __init__(self) -> None:
        self.left: "Tre | None" = None


print(Tree().left)
