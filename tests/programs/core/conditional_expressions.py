# Conditional expressions `a if cond else b`: only the chosen branch is evaluated, and they
# nest (right-associative) and combine with other expressions.

evaluated = 0


def costly(x):
    global evaluated
    evaluated += 1
    return x * 2


def sign(x):
    return -1 if x < 0 else (0 if x == 0 else 1)


def grade(score):
    return 4 if score >= 90 else 3 if score >= 80 else 2 if score >= 70 else 0


for v in [-5, 0, 7]:
    print(v, sign(v), abs(v) if v != 0 else 100)

for s in [95, 85, 75, 10]:
    print(s, grade(s))

evaluated = 0
r = costly(3) if False else 0
print(r, evaluated)
r = costly(3) if True else costly(4)
print(r, evaluated)

x = 2.5
y = x if x > 1.0 else 1.0
print(y, 1.5 if y > 3 else -1.5, (10 if y else 20) + 1)
print("even" if 6 % 2 == 0 else "odd", "even" if 7 % 2 == 0 else "odd")
print(None if x > 100 else None)
