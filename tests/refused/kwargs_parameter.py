# Refused: a **kwargs parameter. The diagnostic must name the parameter even when a call passes
# keyword arguments (which would otherwise look like unexpected keywords).


def configure(name, **options):
    return name


print(configure("x", verbose=True))
