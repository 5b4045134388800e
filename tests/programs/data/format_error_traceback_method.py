# An uncaught KeyError from str.format with a template chosen at run time.
def render(template: str, name: str) -> str:
    return template.format(name=name)


for t in ["Hello, {name}!", "Bye, {nmae}."]:
    print(render(t, "Wyrm"))
