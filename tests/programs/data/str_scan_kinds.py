# split() with no separator and find() read a str's code points from its own array, of its
# kind (one byte or four per code point): white space above 127 (U+0085, U+00A0 in one-byte
# strs; U+2003, U+3000 in wider ones), separators and needles wider than the str searched.


def show_split(s):
    parts = s.split()
    print(len(parts), parts)
    print(s.split(None, 1), s.split(maxsplit=2))


show_split("  alpha beta\tgamma\n\ndelta  ")
show_split("caf\xe9\x85na\xefve\xa0r\xe9sum\xe9")
show_split("\x85\xa0\x1c\x1d\x1e\x1f\x0b\x0c")
show_split("wide\u2003words\u3000and\u00a0more \u20ac5")
show_split("\u2003")
show_split("")
show_split("one")

narrow = "na\xefve caf\xe9, caf\xe9s; r\xe9sum\xe9\nline two\nline three"
wide = "\u20ac 12, \u20ac 7 \u2192 caf\xe9\nend"
for needle in ["caf\xe9", "\xe9", "\n", "line t", "\u20ac", "\u2192 c", "z", "", "s; r"]:
    print(repr(needle), narrow.find(needle), wide.find(needle), narrow.find(needle, 8), wide.find(needle, 3, 12))
print(narrow.split("\n"), wide.split("\n"))
print(narrow.split("caf\xe9"), wide.split("\u20ac "))
print("a\u20acb".split("\xe9"), "abc".split("\u20ac"), "a,b,,c".split(","))
print(narrow.index("two"), wide.index("\u2192"), "\u2192" in narrow, "caf" in wide)
count = 0
for line in (narrow + "\n" + wide).split("\n"):
    for word in line.split():
        count += len(word)
print(count)
