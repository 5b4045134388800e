# Refused: a lambda made in a comprehension that uses the comprehension's variable (in Python each
# lambda sees the variable's last value; Wyrm refuses it).
def make():
    return [lambda x: x + i for i in range(3)]


print([f(10) for f in make()])
