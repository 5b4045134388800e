# Refused: eval() needs the program's source at run time, which a translated program does not
# have.
x = 3
print(eval("x * 2"))
