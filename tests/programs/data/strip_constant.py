# strip(), lstrip() and rstrip() with a constant set of characters (backend/lower/strstrip.ts
# compares code points inline): both kinds of str, astral characters, nothing left, nothing
# stripped (the str itself, as CPython returns it), and an empty set.
words = ["", "a", ".", "..", ".a.", "!?hello,;", "héllo!", "€uro€", "😀x😀", "abc", ",;", "x.y", "  spaced  "]
for w in words:
    print(repr(w), repr(w.strip(".,;!?")), repr(w.lstrip(".,;!?")), repr(w.rstrip(".,;!?")), repr(w.strip("€😀")), repr(w.strip(" ")), repr(w.strip("")))
    print(w.strip(".,;!?") is w, w.strip("xyz") is w)
