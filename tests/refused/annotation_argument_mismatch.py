# An argument whose inferred type disagrees with the parameter's annotation.
def repeat(text: str, times: int) -> str:
    return text * times


print(repeat("ab", 3))
print(repeat(3, "ab"))
