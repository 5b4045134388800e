# An uncaught TypeError from `%` with a format string chosen at run time: not enough arguments for format string.
templates = ["%s=%d", "%s=%d (%s)"]
for t in templates:
    print(t % ("x", 1))
