# An uncaught ValueError from a format spec made at run time, inside an f-string two calls deep: CPython's traceback, with the whole f-string marked.
def cell(value: float, spec: str) -> str:
    return f"<{value:{spec}}>"


def row(values: list[float], specs: list[str]) -> str:
    text = ""
    for i in range(len(values)):
        text += cell(values[i], specs[i])
    return text


print(row([1.5, 2.25], [">6", ".1f"]))
print(row([1.5, 2.25], ["e", "d"]))
