# Strings of both storage kinds: those whose code points are all below U+0100 and those with a
# wider one. Every operation that makes a str must give the narrowest kind, so that equality,
# hashing, dict lookups and ordering agree whichever way a str was built.
words = ["héllo", "wörld", "ascii", "€uro", "ÿ", "Ā", "𝄞x", ""]

print("-".join(words), "-".join(words[:3]), ",".join(["a", "b"]), "€".join(["a", "b"]))
print("ab" * 3, "é" * 2, "€" * 2, "𝄞" * 2)
for w in words:
    print(w.upper(), w.lower(), w[::-1], w[::2], repr(w), len(w), w == w.upper(), hash(w) == hash(w[:]))

# Slices of a wide str that hold only narrow code points are equal to narrow literals.
s = "aé€𝄞b"
print([s[i] for i in range(len(s))], s[1:], s[2:], s[3:], s[:2], s.find("b"), "€" in s, s.split("€"))
narrowed = s[:2]
print(narrowed == "aé", hash(narrowed) == hash("aé"), {"aé": 1}[narrowed], narrowed < "b", narrowed + "x")
print("abc€"[:3] == "abc", "abc€".replace("€", "") == "abc", "€abc".strip("€") == "abc")
print("x€y".split("€"), ["x", "y"] == "x€y".split("€"), "x€y".upper().lower() == "x€y")

# Building across kinds: concatenation, joins and formatting that widen and narrow.
wide = "€"
narrow = "e"
print(narrow + wide, wide + narrow, (narrow + wide)[:1] == narrow, (wide + narrow)[1:] == narrow)
print(f"{narrow}{wide}|{wide:>3}|{narrow:^5}|{'ÿ':<2}|", "%s/%s" % (wide, narrow), str(12) + "é")

# Ordering compares code points whatever the kinds.
print(sorted(words), "ÿ" < "Ā", "a" < "é", "€" > "ÿ", max(words), min(words[:7]))

# Dicts keyed by strs built in different ways.
counts = {}
for piece in "é,e,€,é,e,ÿ".split(","):
    counts[piece] = counts.get(piece, 0) + 1
key = "é€"[:1]
print(counts, counts[key], counts["€e"[:1]], "".join(sorted(counts)))

# Iteration, membership and case conversion beyond ASCII.
print([c for c in "aÿĀ€"], "ÿ" in "aÿ", "Ā" in "aÿ", "ÄÖÜ".lower(), "straße".upper(), "ǅ".lower())
print(int(" 42 "), float("1.5"), int("٣"), "ÿ".isalpha(), "€".isalpha(), ord(chr(255)), ord(chr(256)))
