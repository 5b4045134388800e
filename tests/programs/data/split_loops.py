# A for loop over s.split(...) gets its pieces one at a time (annotator/ops/strsplit.ts); they
# must be what the list would hold: white space of every kind, separators at the ends, maxsplit
# in every form, an empty separator's ValueError at the call, a loop left by break, and splits
# the loop does not only iterate (kept as lists).


def pieces_of(s, sep, maxsplit):
    out = []
    for piece in s.split(sep, maxsplit):
        out.append(piece)
    return out


def words_of(s):
    out = []
    for w in s.split():
        out.append(w)
    return out


texts = ["", " ", "a", "  a  b\tc\n\nd  ", "caf\xe9\x85na\xefve\xa0r\xe9sum\xe9", "wide\u2003words\u3000and \u20ac5 ",
         "\x1c\x1d\x1e\x1fx\x0b\x0cy", "a,b,,c,", ",", ",,a", "x\u2192y\u2192\u2192z"]
for t in texts:
    print(repr(t), words_of(t), words_of(t) == t.split())
    for sep in [",", "\u2192", ",,", "a", "\u2003"]:
        for maxsplit in [-1, 0, 1, 2]:
            got = pieces_of(t, sep, maxsplit)
            if got != t.split(sep, maxsplit):
                print("differs", repr(t), repr(sep), maxsplit, got)
    for maxsplit in [0, 1, 3]:
        got = []
        for w in t.split(maxsplit=maxsplit):
            got.append(w)
        print(maxsplit, got, got == t.split(None, maxsplit))

count = 0
for line in "one two\nthree four five\n\nsix".split("\n"):
    for word in line.split():
        count += len(word)
        if word == "five":
            break
    print(repr(line), count)

for i, part in enumerate("a b c".split()):
    print(i, part)

for w in "stop here now".split(" ", maxsplit=1):
    print("kw", w)
for w in "x y z".split(sep=None):
    print("none", w)

try:
    for w in "abc".split(""):
        print("never", w)
except ValueError as e:
    print("ValueError:", e)

total = 0
for w in "10 20 30".split():
    total += int(w)
print(total)
for w in "a-b-c".split("-"):
    print(w, end=" ")
print()
for w in "abc".split(""):
    print(w)
