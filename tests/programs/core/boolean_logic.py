# and / or / not with Python's semantics: `and` and `or` short-circuit and return one of their
# operands (not necessarily a bool), `not` always returns a bool.

trace = 0


def note(value):
    global trace
    trace = trace * 10 + 1
    return value


def note_flag(flag):
    # A separate function for bools: one that received both bools and ints would return a
    # value that may be either, which Wyrm refuses to print.
    global trace
    trace = trace * 10 + 2
    return flag


print(True and False, True or False, not True, not False)
print(3 and 4, 0 and 4, 3 or 4, 0 or 4, 0 or 0)
print(2.5 and 1.5, 0.0 or 1.5, not 0.0, not 7)
print(not 0, not -1, not (1 and 0))

trace = 0
r = note_flag(False) and note_flag(True)
print(r, trace)
trace = 0
r = note_flag(True) or note_flag(False)
print(r, trace)
trace = 0
r = note(0) or note(0) or note(5)
print(r, trace)


def leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


for y in [1900, 2000, 2023, 2024]:
    print(y, leap(y), not leap(y))

a = 5
b = 0
if a and not b:
    print("a without b")
if b or a > 4:
    print("b or big a")
