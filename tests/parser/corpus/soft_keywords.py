# The soft keywords match, case, _ and type used as ordinary names.
match = 1
case = 2
_ = 3
type = 4
match.attr = 5
match[0] = 6
match(x)
match(x).y
match, case = 1, 2
match: int = 1
match += 1
print(match, case, _, type)
def match(case, type): return case
class case: pass
type(x)
type.attr
type = int
type
match
case
_
x = match if case else _
[match for match in case]
match * 2
match - 1
match (x)
match[x]
type(1)
type(x).y = 2
def f(type=None): return type
