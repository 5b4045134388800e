# A constant str.format template that names a positional field beyond the arguments.
def greet(name: str) -> str:
    return "Hello {0}, meet {1}".format(name)


print(greet("Wyrm"))
