# Attribute access in a str.format field is not translated.
values = [3, 4]
for v in values:
    print("{0.real} {0.imag}".format(v))
